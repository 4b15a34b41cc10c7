import { industryList, industryParam, industryRecord, industryUpdate } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { updateIndustry } from './commands/update-industry.ts';
import { presentIndustry } from './industry.presenter.ts';
import { findIndustry } from './industry.repository.ts';
import { findIndustries } from './queries/find-industries.ts';

const tags = ['industries'];

export const industryRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/industries',
    {
      schema: {
        tags,
        summary: 'The industry list (no login: self-registration needs it)',
        security: [],
        response: { 200: industryList },
      },
    },
    async () => findIndustries(db),
  );

  app.patch(
    '/industries/:code',
    {
      schema: {
        tags,
        summary: 'Rename an industry or change its high-risk flag',
        params: industryParam,
        body: industryUpdate,
        response: { 200: z.object({ data: industryRecord }) },
      },
    },
    async (request) => {
      await updateIndustry(commandContext(request, db), request.params.code, request.body);
      const row = await findIndustry(db, request.params.code);
      if (!row) throw notFound('Industry');
      return { data: presentIndustry(row) };
    },
  );
};
