import { z } from 'zod';
import { boundedInt } from '../bounds.ts';
import { stewardRole, type StewardRole } from '../risk/register.ts';
import { checkCycleUnit, type CheckCycleUnit } from './schedule.ts';

// The steward roles (包保责任人) are the register's: principal, technical, operational.

/** What an enterprise gets until it sets its own: principal quarterly, technical monthly, operational weekly. */
export const stewardDefaultCycles: Readonly<
  Record<StewardRole, { checkCycle: number; checkCycleUnit: CheckCycleUnit }>
> = {
  principal: { checkCycle: 1, checkCycleUnit: 'quarter' },
  technical: { checkCycle: 1, checkCycleUnit: 'month' },
  operational: { checkCycle: 1, checkCycleUnit: 'week' },
};

export const stewardDefault = z.object({
  role: stewardRole,
  checkCycle: boundedInt(1, 1000),
  checkCycleUnit,
});
export type StewardDefault = z.infer<typeof stewardDefault>;

/** All three roles, each once. */
export const stewardDefaultsBody = z.object({
  defaults: z
    .array(stewardDefault)
    .length(3)
    .refine((list) => new Set(list.map((d) => d.role)).size === 3, 'each role once'),
});
export type StewardDefaultsBody = z.infer<typeof stewardDefaultsBody>;

export const stewardDefaultsView = z.object({
  data: z.array(stewardDefault.extend({ isProductDefault: z.boolean() })),
  abilities: z.object({ edit: z.boolean() }),
});
export type StewardDefaultsView = z.infer<typeof stewardDefaultsView>;
