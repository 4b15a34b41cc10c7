import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hazardArchiveQuery, hazardRoutes } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import type { FileStorage } from '../../../platform/files/index.ts';
import { commandContext, type Db } from '../hazard.database.ts';
import { mayArchive } from '../hazard.policy.ts';
import { HazardScope } from '../hazard-scope.ts';
import { shanghaiMinute } from './archive-pages.ts';
import { periodText, writeHazardArchive } from './write-archive.ts';

/**
 * 一企一档 as one download. Only the enterprise's own safety manager or principal take the whole
 * archive: it holds every hazard and every name, which regulators and colleagues see only in part.
 */
export const archiveRoutes: FastifyPluginAsyncZod<{ db: Db; files: FileStorage }> = async (
  app,
  { db, files },
) => {
  app.get(
    hazardRoutes.archive,
    {
      schema: {
        summary: '一企一档: the register, the lists and every hazard with photos and signatures, as one ZIP',
        params: z.object({ enterpriseId: z.uuid() }),
        querystring: hazardArchiveQuery,
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const scope = await HazardScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayArchive(ctx.actor, scope)) throw forbidden('hazard.manage');
      const enterprise = await ctx.db
        .selectFrom('enterprises')
        .select('name')
        .where('id', '=', scope.id)
        .executeTakeFirstOrThrow();
      const now = new Date();
      const filename = `一企一档-${enterprise.name}-${periodText(request.query).replace(/ /g, '')}-${shanghaiMinute(now).slice(0, 10)}.zip`;
      const out = new PassThrough();
      writeHazardArchive(out, {
        db: ctx.db,
        files,
        actor: ctx.actor,
        scope,
        query: request.query,
        enterpriseName: enterprise.name,
        now,
      }).catch((error: unknown) => {
        request.log.error({ err: error }, 'hazard archive failed');
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .send(out);
    },
  );
};
