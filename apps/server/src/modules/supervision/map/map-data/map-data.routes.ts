import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionalMapData as regionalMapDataSchema, supervisionMapRoutes } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { can } from '../../../identity/index.ts';
import { commandContext, type Db } from '../../supervision.database.ts';
import { regionalMapData } from './map-data.ts';

/** 区域四色图: the data of the regional four-color map in one compact response. */
export const mapDataRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    supervisionMapRoutes.data,
    { schema: { response: { 200: z.object({ data: regionalMapDataSchema }) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!can(ctx.actor, 'supervision.read')) throw forbidden('supervision.read');
      return { data: await regionalMapData(ctx.db, ctx.actor) };
    },
  );
};
