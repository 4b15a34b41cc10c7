import { z } from 'zod';
import { tablesOf } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { defineSubscriber } from '../../../../platform/events/index.ts';
import { defineJob } from '../../../../platform/jobs/index.ts';
import { systemAudit } from '../../supervision-record.ts';
import type { DB } from '../../supervision.database.ts';
import { syncRegistrations } from './sync-registrations.ts';

type UnitEvent = { type: 'risk.unit-approved' | 'risk.unit-level-changed' | 'risk.unit-archived' };

/**
 * 登记造册 as the registers change: a unit approved at a significant or major level is registered
 * with the day of its approval as its grading date; a later level change is tracked; an archive
 * ends it. Reads the unit as it is now, so a late or repeated delivery changes nothing more.
 */
export const registrationFromRegister = defineSubscriber<UnitEvent>({
  id: 'supervision.risk-registration',
  on: ['risk.unit-approved', 'risk.unit-level-changed', 'risk.unit-archived'],
  async handle(event, ctx) {
    if (event.enterpriseId === null) return;
    await syncRegistrations(tablesOf<DB>(ctx.db), systemAudit('supervision.risk-registration'), {
      enterpriseId: event.enterpriseId,
      unitId: event.entityId,
      on: shanghaiCivilDate(event.occurredAt),
    });
  },
});

/** The sweep behind the subscriber: registers for units approved before supervision existed. */
export const registrationSweepJob = defineJob({
  id: 'supervision.registration-sweep',
  schema: z.object({}),
  cron: '25 * * * *',
  async handler(_payload, { db }) {
    await syncRegistrations(tablesOf<DB>(db), systemAudit('supervision.registration-sweep'));
  },
});
