import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inspectionSettings, inspectionSettingsBody } from '@shuangkong/contracts';
import { commandContext, type Db } from '../inspection.database.ts';
import { getInspectionSettings, saveInspectionSettings } from './inspection-settings.ts';

const params = z.object({ enterpriseId: z.uuid() });
const path = '/enterprises/:enterpriseId/inspection/settings';

/** The enterprise's inspection rules (要求现场扫码). */
export const settingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    path,
    { schema: { params, response: { 200: z.object({ data: inspectionSettings }) } } },
    async (request) => ({
      data: await getInspectionSettings(commandContext(request, db), request.params.enterpriseId),
    }),
  );
  app.put(
    path,
    {
      schema: {
        params,
        body: inspectionSettingsBody,
        response: { 200: z.object({ data: inspectionSettings }) },
      },
    },
    async (request) => ({
      data: await saveInspectionSettings(
        commandContext(request, db),
        request.params.enterpriseId,
        request.body,
      ),
    }),
  );
};
