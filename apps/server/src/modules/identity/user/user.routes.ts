import {
  passwordResetResult,
  user,
  userAbilities,
  userInvite,
  userInviteResult,
  userList,
  userListQuery,
  userRolesUpdate,
  userUpdate,
  uuidParam,
} from '@shuangkong/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, type CommandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { disableUser } from './commands/disable-user.ts';
import { enableUser } from './commands/enable-user.ts';
import { inviteUser } from './commands/invite-user.ts';
import { replaceUserRoles } from './commands/replace-user-roles.ts';
import { resetUserPassword } from './commands/reset-user-password.ts';
import { updateUser } from './commands/update-user.ts';
import { findUsers } from './queries/find-users.ts';
import { getUser, userWithAbilities } from './queries/get-user.ts';

const tags = ['users'];
const one = z.object({ data: user, abilities: userAbilities });

export const userRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  /** Runs a command on one user and answers with the user as it now is. */
  async function change(
    request: FastifyRequest,
    id: string,
    command: (ctx: CommandContext, id: string) => Promise<void>,
  ) {
    const ctx = commandContext(request, db);
    await command(ctx, id);
    return userWithAbilities(db, ctx.actor, id);
  }

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: "The people of the caller's enterprise or regulator",
        querystring: userListQuery,
        response: { 200: userList },
      },
    },
    async (request) => findUsers(db, requireActor(request), request.query),
  );

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'One user', params: uuidParam, response: { 200: one } } },
    async (request) => getUser(db, requireActor(request), request.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Invite a user; answers a one-time password to hand over',
        body: userInvite,
        response: { 201: userInviteResult },
      },
    },
    async (request, reply) => {
      const result = await inviteUser(commandContext(request, db), request.body);
      return reply.status(201).send({ data: result });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: "Correct a user's name or phone, or move them to another unit",
        params: uuidParam,
        body: userUpdate,
        response: { 200: one },
      },
    },
    async (request) => change(request, request.params.id, (ctx, id) => updateUser(ctx, id, request.body)),
  );

  app.put(
    '/users/:id/roles',
    {
      schema: {
        tags,
        summary: "Replace a user's roles",
        params: uuidParam,
        body: userRolesUpdate,
        response: { 200: one },
      },
    },
    async (request) =>
      change(request, request.params.id, (ctx, id) => replaceUserRoles(ctx, id, request.body.roles)),
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags,
        summary: 'Disable a user and end their sessions',
        params: uuidParam,
        response: { 200: one },
      },
    },
    async (request) => change(request, request.params.id, disableUser),
  );

  app.post(
    '/users/:id/enable',
    { schema: { tags, summary: 'Enable a disabled user', params: uuidParam, response: { 200: one } } },
    async (request) => change(request, request.params.id, enableUser),
  );

  app.post(
    '/users/:id/password-reset',
    {
      schema: {
        tags,
        summary: 'Give a user a one-time password and end their sessions',
        params: uuidParam,
        response: { 200: passwordResetResult },
      },
    },
    async (request) => {
      const temporaryPassword = await resetUserPassword(commandContext(request, db), request.params.id);
      return { data: { temporaryPassword } };
    },
  );
};
