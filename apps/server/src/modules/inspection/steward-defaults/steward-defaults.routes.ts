import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stewardDefaultsBody, stewardDefaultsView } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../inspection.database.ts';
import { mayManage, mayRead } from '../inspection.policy.ts';
import { InspectionScope } from '../inspection-scope.ts';
import { saveStewardDefaults } from './commands/save-steward-defaults.ts';
import { stewardDefaultsOf } from './steward-defaults.repository.ts';

const path = '/enterprises/:enterpriseId/inspection/steward-defaults';
const params = z.object({ enterpriseId: z.uuid() });

/** 包保 defaults: how often each steward role checks, per enterprise. */
export const stewardDefaultRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(path, { schema: { params, response: { 200: stewardDefaultsView } } }, async (request) => {
    const ctx = commandContext(request, db);
    const scope = await InspectionScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
    if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
    return { data: await stewardDefaultsOf(ctx.db, scope), abilities: { edit: mayManage(ctx.actor, scope) } };
  });

  app.put(
    path,
    { schema: { params, body: stewardDefaultsBody, response: { 200: stewardDefaultsView } } },
    async (request) =>
      saveStewardDefaults(commandContext(request, db), request.params.enterpriseId, request.body),
  );
};
