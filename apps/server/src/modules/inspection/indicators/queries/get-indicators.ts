import {
  indicatorCountsOf,
  inspectionIndicatorsQuery,
  rate,
  type IndicatorRow,
  type InspectionIndicators,
  type InspectionIndicatorsQuery,
} from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { countCheckers, headcountOf, tallyTasks, type IndicatorTally } from '../indicators.repository.ts';

const rowOf = (t: IndicatorTally): IndicatorRow => ({ key: t.key, label: t.label, ...indicatorCountsOf(t) });

const sum = (tallies: readonly IndicatorTally[]) =>
  tallies.reduce(
    (acc, t) => ({
      done: acc.done + t.done,
      missed: acc.missed + t.missed,
      open: acc.open + t.open,
      onTime: acc.onTime + t.onTime,
      hazardFound: acc.hazardFound + t.hazardFound,
    }),
    { done: 0, missed: 0, open: 0, onTime: 0, hazardFound: 0 },
  );

/**
 * 运行效果 of an enterprise's inspection over a period: totals with participation, steward
 * completion by role, and one row per unit, responsible person, work type or day.
 */
export async function getInspectionIndicators(
  ctx: CommandContext,
  enterpriseId: string,
  input: InspectionIndicatorsQuery,
  now: Date = new Date(),
): Promise<InspectionIndicators> {
  const query = inspectionIndicatorsQuery.parse(input);
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
  const period = { from: query.from, to: query.to };
  const filter = {
    ...period,
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.responsibleUserId ? { responsibleUserId: query.responsibleUserId } : {}),
    ...(query.workType ? { workType: query.workType } : {}),
  };
  const [rows, byWorkType, checkers, headcount] = await Promise.all([
    tallyTasks(ctx.db, scope, filter, query.groupBy, now),
    query.groupBy === 'workType' ? null : tallyTasks(ctx.db, scope, filter, 'workType', now),
    countCheckers(ctx.db, scope, period),
    headcountOf(ctx.db, scope),
  ]);
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    totals: {
      ...indicatorCountsOf(sum(rows)),
      checkers,
      headcount,
      participationRate: rate(checkers, headcount),
    },
    stewardByRole: (byWorkType ?? rows).filter((t) => t.key !== 'routine').map(rowOf),
    rows: rows.map(rowOf),
  };
}
