import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, requireActor } from '../../modules/identity/index.ts';
import {
  addWorkingDays,
  findCalendarYear,
  isCivilDate,
  listCalendarYears,
  saveCalendarYear,
  validateCalendarYear,
  type CalendarYear,
} from '../../platform/calendar/index.ts';
import { auditContextOf } from '../../kernel/index.ts';
import type { Db } from '../db-schema.ts';
import { AppError, forbidden, notFound } from '../../kernel/index.ts';

const tags = ['calendar'];
const yearParam = z.object({ year: z.coerce.number().int().min(1949).max(9999) });
const calendarDay = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string().max(50),
});
const calendarYear = z.object({
  year: z.number().int(),
  isProvisional: z.boolean(),
  days: z.array(calendarDay),
});
const civilDate = z.string().refine(isCivilDate, 'must be an existing date as YYYY-MM-DD');

/** Every rule the calendar validator broke, as field errors under `body`. */
function calendarInvalid(errors: ReturnType<typeof validateCalendarYear>): AppError {
  const issues = errors.map((e) => ({
    field: ['body', ...e.path].join('.'),
    message: `${e.code}: ${e.message}`,
  }));
  return new AppError('VALIDATION_FAILED', 400, issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    field: issues[0]?.field,
    issues,
    reasons: errors.map((e) => ({
      field: ['body', ...e.path].join('.'),
      code: e.code,
      date: e.date ?? null,
    })),
  });
}

/** The working-day calendar: anyone logged in reads it, an administrator with calendar.manage edits it. */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/calendar/years',
    {
      schema: {
        tags,
        summary: 'Stored holiday schedules',
        response: {
          200: z.object({
            data: z.array(z.object({ year: z.number(), isProvisional: z.boolean(), updatedAt: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      requireActor(request);
      const years = await listCalendarYears(db);
      return { data: years.map((y) => ({ ...y, updatedAt: new Date(y.updatedAt).toISOString() })) };
    },
  );

  app.get(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: "One year's holidays and make-up workdays",
        params: yearParam,
        response: { 200: z.object({ data: calendarYear }) },
      },
    },
    async (request) => {
      requireActor(request);
      const found = await findCalendarYear(db, request.params.year);
      if (!found) throw notFound('Calendar year');
      return { data: found };
    },
  );

  app.put(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: "Replace a year's schedule (e.g. when the State Council publishes it)",
        params: yearParam,
        body: z.object({ isProvisional: z.boolean(), days: z.array(calendarDay).max(366) }),
        response: { 200: z.object({ data: calendarYear }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!can(actor, 'calendar.manage')) throw forbidden('calendar.manage');
      const year: CalendarYear = { year: request.params.year, ...request.body };
      const errors = validateCalendarYear(year);
      if (errors.length > 0) throw calendarInvalid(errors);
      await saveCalendarYear(db, auditContextOf(request, actor), year, actor.userId);
      const saved = await findCalendarYear(db, year.year);
      if (!saved) throw notFound('Calendar year');
      return { data: saved };
    },
  );

  app.get(
    '/calendar/working-days',
    {
      schema: {
        tags,
        summary: 'The n-th working day after a date (n = 0: that date or the next working day)',
        querystring: z.object({ from: civilDate, add: z.coerce.number().int().min(-3660).max(3660) }),
        response: { 200: z.object({ data: z.object({ date: z.string() }) }) },
      },
    },
    async (request) => {
      requireActor(request);
      return { data: { date: await addWorkingDays(db, request.query.from, request.query.add) } };
    },
  );
};
