import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { outOfServiceBody, outOfServicePeriod } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../inspection.database.ts';
import { mayManage, mayRead } from '../inspection.policy.ts';
import { InspectionScope } from '../inspection-scope.ts';
import { deleteOutOfService } from './commands/delete-out-of-service.ts';
import { saveOutOfService } from './commands/save-out-of-service.ts';
import { presentOutOfService } from './out-of-service.presenter.ts';
import { listOutOfService } from './out-of-service.repository.ts';

const base = '/enterprises/:enterpriseId/inspection/out-of-service';
const params = z.object({ enterpriseId: z.uuid(), id: z.uuid() });

/** 停用/检维修 periods of units. */
export const outOfServiceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    base,
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid() }),
        response: {
          200: z.object({ data: z.array(outOfServicePeriod), abilities: z.object({ create: z.boolean() }) }),
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await InspectionScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
      const manage = mayManage(ctx.actor, scope);
      const rows = await listOutOfService(ctx.db, scope);
      return { data: rows.map((row) => presentOutOfService(row, { manage })), abilities: { create: manage } };
    },
  );

  app.post(
    base,
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid() }),
        body: outOfServiceBody,
        response: { 201: z.object({ data: outOfServicePeriod }) },
      },
    },
    async (request, reply) => {
      const data = await saveOutOfService(
        commandContext(request, db),
        request.params.enterpriseId,
        null,
        request.body,
      );
      return reply.status(201).send({ data });
    },
  );

  app.put(
    `${base}/:id`,
    { schema: { params, body: outOfServiceBody, response: { 200: z.object({ data: outOfServicePeriod }) } } },
    async (request) => ({
      data: await saveOutOfService(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body,
      ),
    }),
  );

  app.delete(`${base}/:id`, { schema: { params } }, async (request, reply) => {
    await deleteOutOfService(commandContext(request, db), request.params.enterpriseId, request.params.id);
    return reply.status(204).send();
  });
};
