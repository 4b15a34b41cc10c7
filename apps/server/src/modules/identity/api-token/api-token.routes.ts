import { apiTokenCreated, apiTokenInput, apiTokenList, uuidParam } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { revokeApiToken } from './commands/revoke-api-token.ts';
import { findApiTokens } from './queries/find-api-tokens.ts';

const tags = ['api-tokens'];

export const apiTokenRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api-tokens',
    { schema: { tags, summary: 'My API tokens', response: { 200: apiTokenList } } },
    async (request) => findApiTokens(db, requireActor(request)),
  );

  app.post(
    '/api-tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token (Authorization: Bearer skt_…); the token is shown once',
        body: apiTokenInput,
        response: { 201: apiTokenCreated },
      },
    },
    async (request, reply) => {
      const result = await createApiToken(commandContext(request, db), request.body);
      return reply.status(201).send({ data: result });
    },
  );

  app.delete(
    '/api-tokens/:id',
    { schema: { tags, summary: 'Revoke one of my API tokens', params: uuidParam } },
    async (request, reply) => {
      await revokeApiToken(commandContext(request, db), request.params.id);
      return reply.status(204).send();
    },
  );
};
