import { industryTableDefault, riskSettingsInput } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../identity/index.ts';
import { commandContext, type Db } from '../risk.database.ts';
import { setIndustryTables } from './commands/set-industry-tables.ts';
import { listIndustryTableDefaults } from './industry-tables.repository.ts';

const tags = ['risk'];
const params = z.object({ industryCode: z.string().min(1).max(20) });
const list = z.object({ data: z.array(industryTableDefault) });

/** Default assessment tables per industry (平台管理): enterprises inherit them until they choose. */
export const industryTableRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/risk-industry-table-defaults',
    { schema: { tags, summary: "Each industry's default assessment tables", response: { 200: list } } },
    async (request) => {
      requireActor(request);
      return { data: await listIndustryTableDefaults(db) };
    },
  );
  app.put(
    '/risk-industry-table-defaults/:industryCode',
    {
      schema: {
        tags,
        summary: "Set an industry's default assessment tables",
        params,
        body: riskSettingsInput,
        response: { 200: list },
      },
    },
    async (request) => {
      await setIndustryTables(commandContext(request, db), request.params.industryCode, request.body);
      return { data: await listIndustryTableDefaults(db) };
    },
  );
  app.delete(
    '/risk-industry-table-defaults/:industryCode',
    { schema: { tags, summary: "Remove an industry's default (its enterprises use the system's)", params } },
    async (request, reply) => {
      await setIndustryTables(commandContext(request, db), request.params.industryCode, null);
      return reply.status(204).send();
    },
  );
};
