import type { EnterpriseProgress, ProgressMilestone } from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Db } from '../../supervision.database.ts';
import { progressErrors } from '../progress.errors.ts';
import { departmentsOf, townshipOf } from '../progress-groups.ts';
import { lastFullMonth, milestonesOf, monthBounds } from '../progress-milestones.ts';
import {
  loadMonthFacts,
  loadRemits,
  visibleEnterprises,
  type EnterpriseFilter,
  type MonthFacts,
  type ProgressEnterprise,
} from '../progress.repository.ts';

/** Which month a view reads, when its set-up is taken (the month's end, or today in the running month), and whose checks count. */
export type MonthFrame = { month: string; asOf: string; completionMonth: string };

/**
 * The month of a request (default: the running month, whose table is due by its end — seed 003),
 * refused when it has not begun. Set-up milestones are read as of the month's end (today while it
 * runs); inspections count the last full month: the month itself once over, else the one before.
 */
export function monthFrame(month: string | undefined, now: Date, field = 'query.month'): MonthFrame {
  const today = shanghaiCivilDate(now);
  const current = today.slice(0, 7);
  const m = month ?? current;
  if (m > current) throw progressErrors.monthInFuture(field);
  const end = monthBounds(m).to;
  const over = end < today;
  return { month: m, asOf: over ? end : today, completionMonth: over ? m : lastFullMonth(today) };
}

export type ProgressFilter = EnterpriseFilter & {
  regulatorId?: string | undefined;
  lacking?: ProgressMilestone | undefined;
};

export type ProgressView = {
  frame: MonthFrame;
  rows: EnterpriseProgress[];
  facts: Map<string, MonthFacts>;
  enterprises: Map<string, ProgressEnterprise>;
  industryName: (code: string) => string;
};

/**
 * Every enterprise the actor sees, with its milestones for the month, its township, industries and
 * departments; filtered by department and by a milestone not reached.
 */
export async function progressView(
  db: Db,
  actor: Actor,
  filter: ProgressFilter,
  month: string | undefined,
  now: Date,
): Promise<ProgressView> {
  const frame = monthFrame(month, now);
  const [enterprises, remits, townships, industries] = await Promise.all([
    visibleEnterprises(db, actor, filter),
    loadRemits(db),
    db.selectFrom('jurisdictions').select(['code', 'name', 'path']).where('level', '=', 'township').execute(),
    db.selectFrom('industries').select(['code', 'nameZh']).execute(),
  ]);
  const names = new Map(industries.map((i) => [i.code, i.nameZh]));
  const industryName = (code: string) => names.get(code) ?? code;
  const facts = await loadMonthFacts(db, enterprises, frame.month, frame.completionMonth, now);
  let rows = enterprises.map((e): EnterpriseProgress => {
    const f = facts.get(e.id);
    const milestones = f ? milestonesOf(f.facts, frame.asOf) : [];
    const township = townshipOf(e.jurisdictionPath, townships);
    return {
      enterpriseId: e.id,
      enterpriseName: e.name,
      status: e.status,
      townshipCode: township?.code ?? null,
      townshipName: township?.name ?? null,
      industryCodes: e.industryCodes,
      industryNames: e.industryCodes.map(industryName),
      departments: departmentsOf(e, remits),
      milestones,
      reached: milestones.filter((m) => m.done).length,
      complete: milestones.length > 0 && milestones.every((m) => m.done),
      completionRate: f?.figures.completionRate ?? null,
      reportState: f?.report?.state ?? null,
    };
  });
  if (filter.regulatorId) rows = rows.filter((r) => r.departments.some((d) => d.id === filter.regulatorId));
  if (filter.lacking) {
    const key = filter.lacking;
    rows = rows.filter((r) => r.milestones.some((m) => m.key === key && !m.done));
  }
  return {
    frame,
    rows,
    facts,
    enterprises: new Map(enterprises.map((e) => [e.id, e])),
    industryName,
  };
}
