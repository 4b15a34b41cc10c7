import { sql } from 'kysely';
import { can, tablesOf } from '../../../kernel/index.ts';
import { addDays, dayOfWeek, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { TodoContext } from '../../../platform/modules/index.ts';
import type { TodoItem } from '../../../platform/notify/index.ts';
import { enterpriseVisibleTo } from '../../identity/index.ts';
import type { DB } from '../supervision.database.ts';

/**
 * 待办 of the assignment part. Regulators: risks to assign (and how many are past their 3 working
 * days), close-outs to verify (their own letters; past the 10 working days). Enterprises: letters
 * to sign for, and for the principal the lowered risks ready for a close-out request.
 */
export async function assignmentTodos(context: TodoContext): Promise<TodoItem[]> {
  const { actor } = context;
  const db = tablesOf<DB>(context.db);
  const today = shanghaiCivilDate();
  const items: TodoItem[] = [];
  const line = (key: string, title: string, count: number, link: string) => {
    if (count > 0) items.push({ key, title, count, link, params: { count } });
  };
  if (actor.scope.kind === 'regulator' && can(actor, 'supervision.act')) {
    const c = await db
      .selectFrom('supervisionAssignments as a')
      .innerJoin('enterprises as e', 'e.id', 'a.enterpriseId')
      .select([
        sql<number>`count(*) filter (where a.state = 'toAssign' and a.assign_due_on >= ${today})::int`.as(
          'toAssign',
        ),
        sql<number>`count(*) filter (where a.state = 'toAssign' and a.assign_due_on < ${today})::int`.as(
          'lateAssign',
        ),
        sql<number>`count(*) filter (where a.state = 'closeOutRequested' and a.regulator_id = ${actor.regulatorId} and a.verify_due_on >= ${today})::int`.as(
          'toVerify',
        ),
        sql<number>`count(*) filter (where a.state = 'closeOutRequested' and a.regulator_id = ${actor.regulatorId} and a.verify_due_on < ${today})::int`.as(
          'lateVerify',
        ),
      ])
      .where('e.status', '=', 'approved')
      .where('a.state', 'in', ['toAssign', 'closeOutRequested'])
      .where(enterpriseVisibleTo(actor))
      .executeTakeFirstOrThrow();
    line(
      'supervisionAssignmentsOverdue',
      '逾期未交办的风险',
      c.lateAssign,
      '/supervision/assignments?tab=assign&overdue=1',
    );
    line(
      'supervisionAssignmentsToAssign',
      '待交办的重大较大风险',
      c.toAssign,
      '/supervision/assignments?tab=assign',
    );
    line(
      'supervisionCloseOutsOverdue',
      '逾期未核查的销号申请',
      c.lateVerify,
      '/supervision/assignments?tab=closeOut',
    );
    line(
      'supervisionCloseOutsToVerify',
      '待核查的销号申请',
      c.toVerify,
      '/supervision/assignments?tab=closeOut',
    );
    const due = await bulletinsDue(db, actor, today);
    line('supervisionDispatchDue', '本周调度待发布', due.weeklyDispatch ? 1 : 0, '/supervision/bulletins');
    line('supervisionNoticeDue', '本月通报待发布', due.monthlyNotice ? 1 : 0, '/supervision/bulletins');
  }
  if (actor.scope.kind === 'enterprise' && actor.enterpriseId && can(actor, 'supervision.respond')) {
    const c = await db
      .selectFrom('supervisionAssignments as a')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
      )
      .select([
        sql<number>`count(*) filter (where a.state in ('issued', 'received'))::int`.as('toAcknowledge'),
        sql<number>`count(*) filter (where a.state in ('acknowledged', 'closeOutReturned')
          and u.status = 'approved' and u.current_level in ('general', 'low'))::int`.as('toCloseOut'),
      ])
      .where('a.enterpriseId', '=', actor.enterpriseId)
      .where('a.state', 'in', ['issued', 'received', 'acknowledged', 'closeOutReturned'])
      .executeTakeFirstOrThrow();
    line('supervisionLettersToAcknowledge', '待签收的交办函', c.toAcknowledge, '/supervision/letters');
    if (can(actor, 'supervision.signCloseOut'))
      line('supervisionCloseOutsToRequest', '可申请销号的交办风险', c.toCloseOut, '/supervision/letters');
  }
  return items;
}

/**
 * 通报制 (seed 002): a weekly dispatch every week and a monthly notice every month. Each is due
 * while the regulator has not issued one this week (from Monday) or this month, and only when its
 * remit has registered risks to report on (issuing refuses an empty report).
 */
async function bulletinsDue(db: ReturnType<typeof tablesOf<DB>>, actor: TodoContext['actor'], today: string) {
  const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
  const monthStart = `${today.slice(0, 8)}01`;
  const since = (day: string) => `${day}T00:00:00+08:00`;
  const [issued, registered] = await Promise.all([
    db
      .selectFrom('supervisionBulletins')
      .select([
        sql<number>`count(*) filter (where kind = 'weeklyDispatch' and issued_at >= ${since(monday)})::int`.as(
          'week',
        ),
        sql<number>`count(*) filter (where kind = 'monthlyNotice' and issued_at >= ${since(monthStart)})::int`.as(
          'month',
        ),
      ])
      .where('regulatorId', '=', actor.regulatorId!)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('supervisionAssignments as a')
      .innerJoin('enterprises as e', 'e.id', 'a.enterpriseId')
      .select('a.id')
      .where('e.status', '=', 'approved')
      .where(enterpriseVisibleTo(actor))
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!registered) return { weeklyDispatch: false, monthlyNotice: false };
  return { weeklyDispatch: issued.week === 0, monthlyNotice: issued.month === 0 };
}
