import type { FastifyInstance } from 'fastify';
import type { AssignmentSummary } from '@shuangkong/contracts';
import { addDays, addWorkingDays, shanghaiCivilDate } from '../../platform/calendar/index.ts';
import { appendAuditEvent } from '../../platform/audit/index.ts';
import { syncRegistrations } from '../../modules/supervision/index.ts';
import type { Db } from '../seed-database.ts';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { castOf, type EnterpriseCast } from '../risk/demo-people.ts';
import { SeedClient, type SeedSession } from '../risk/seed-client.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

const seedAudit = { actorId: null, actorName: 'demo seed', requestId: null, ip: null };
const E2E_ENTERPRISE = 'hongda-chemical';

type Row = AssignmentSummary;

/**
 * Demo data of supervision's assignment part, made through the API as regulators and enterprises
 * would: the registers' significant and major risks registered (the worked examples graded over the
 * last six weeks, one left unassigned past its 3 working days, the rest graded lately and assigned
 * on time), letters issued, received and acknowledged,
 * risks lowered in the register through reassessment and the approval chain, close-outs requested,
 * returned and approved (a major one published), then last week's dispatch and last month's notice.
 * 宏达化工 keeps a significant risk to assign for the browser test.
 */
export async function seedDemoAssignment(
  app: FastifyInstance,
  db: Db,
  options: SupervisionSeedOptions,
): Promise<void> {
  const today = shanghaiCivilDate(options.now);
  const client = new SeedClient(app);
  const hongda = castOf(demoCounty.enterprises.find((e) => e.key === E2E_ENTERPRISE)!);
  const fresh = hongda ? await identifyNewRisk(client, db, hongda) : null;
  await syncRegistrations(db, seedAudit, { on: today });
  const yingji = await client.login('yingji', DEMO_PASSWORD);
  const list = async (view: string) =>
    (await client.call<{ data: Row[] }>(yingji, 'GET', `/supervision/assignments?view=${view}`)).data;
  const registered = await list('toAssign');
  if (registered.length === 0) return;

  const rows = [...registered].sort(
    (a, b) => a.enterpriseName.localeCompare(b.enterpriseName) || a.unitName.localeCompare(b.unitName),
  );

  const sessions = new Map<string, SeedSession>();
  const as = async (username: string) => {
    let s = sessions.get(username);
    if (!s) sessions.set(username, (s = await client.login(username, DEMO_PASSWORD)));
    return s;
  };
  const castByEnterprise = new Map<string, EnterpriseCast>();
  for (const e of demoCounty.enterprises) {
    const cast = castOf(e);
    if (cast) castByEnterprise.set(cast.enterpriseId, cast);
  }
  const hongdaId = castOf(demoCounty.enterprises.find((e) => e.key === E2E_ENTERPRISE)!)?.enterpriseId;
  // Only a risk graded by its events can be lowered by reassessing them; one raised by evidence (a
  // missed check, a major source) stays until the evidence is cleared.
  const lowerable = await lowerableUnits(db, rows);
  // 宏达's first such significant risk stays to assign (the browser test assigns and lowers it).
  const keep =
    rows.find((r) => r.unitId === fresh) ??
    rows.find(
      (r) => r.enterpriseId === hongdaId && r.gradedLevel === 'significant' && lowerable.has(r.unitId),
    );
  const usable = rows.filter((r) => {
    const cast = castByEnterprise.get(r.enterpriseId);
    return r !== keep && cast?.principal && cast.unitLeads.length > 0;
  });
  const pick = (pred: (r: Row) => boolean = () => true) => {
    const i = usable.findIndex(pred);
    return i < 0 ? undefined : usable.splice(i, 1)[0];
  };
  const ent = (r: Row) => `/enterprises/${r.enterpriseId}/supervision/assignments/${r.id}`;
  const sm = (r: Row) => as(castByEnterprise.get(r.enterpriseId)!.safetyManager.username);
  const principal = (r: Row) => as(castByEnterprise.get(r.enterpriseId)!.principal!.username);

  // One risk stays unassigned past its 3 working days: the regulator's to-dos show it overdue.
  const overdue = rows.filter((r) => r !== keep && r.enterpriseId !== hongdaId).slice(0, 1);
  for (const r of overdue) {
    const i = usable.indexOf(r);
    if (i >= 0) usable.splice(i, 1);
  }
  const closedMajor =
    pick((r) => r.gradedLevel === 'major' && lowerable.has(r.unitId)) ?? pick((r) => lowerable.has(r.unitId));
  const requested = pick((r) => lowerable.has(r.unitId));
  const returned = pick((r) => lowerable.has(r.unitId));
  const acknowledged = pick();
  const received = pick();
  const issuedOnly = pick();
  const closedSignificant = pick((r) => r.gradedLevel === 'significant' && lowerable.has(r.unitId));
  // The rest were graded in the last days and are assigned today, on time: a county keeps up with
  // its letters, so one overdue risk on the regulator's to-dos is the exception, not the rule.
  const recent = new Set(
    rows.filter(
      (r) =>
        r !== keep &&
        !overdue.includes(r) &&
        ![closedMajor, requested, returned, acknowledged, received, issuedOnly, closedSignificant].includes(
          r,
        ),
    ),
  );
  // Grading dates as they happened: the worked examples spread over the last six weeks, the recent
  // ones within the last two days, 宏达's new risk today.
  await backdate(db, rows, today, (r, i) =>
    r.enterpriseName.includes('宏达') ? 0 : recent.has(r) ? i % 3 : 42 - ((i * 5) % 40),
  );

  const respondBy = await addWorkingDays(db, today, 10);
  for (const r of [issuedOnly, received, acknowledged, requested, returned, closedMajor, closedSignificant]) {
    if (r) await client.call(yingji, 'POST', `/supervision/assignments/${r.id}/assign`, { respondBy });
  }
  for (const [i, r] of [...recent].entries()) {
    await client.call(yingji, 'POST', `/supervision/assignments/${r.id}/assign`, { respondBy });
    // Most letters are already acknowledged; a few wait in the enterprise's inbox.
    if (castByEnterprise.has(r.enterpriseId) && i % 4 !== 3)
      await client.call(await sm(r), 'POST', `${ent(r)}/acknowledge`);
  }
  if (received) await client.call(await sm(received), 'GET', ent(received));
  for (const r of [acknowledged, requested, returned, closedMajor, closedSignificant]) {
    if (r) await client.call(await sm(r), 'POST', `${ent(r)}/acknowledge`);
  }
  for (const r of [requested, returned, closedMajor, closedSignificant]) {
    if (!r) continue;
    await lowerUnit(client, as, castByEnterprise.get(r.enterpriseId)!, r.unitId);
    await syncRegistrations(db, seedAudit, { enterpriseId: r.enterpriseId, unitId: r.unitId, on: today });
    await client.call(await principal(r), 'POST', `${ent(r)}/close-out`, {
      statement: `${r.unitName}已完成工程治理和管控措施升级，经重新评估并审定为一般风险，申请销号。`,
      password: DEMO_PASSWORD,
    });
  }
  if (returned)
    await client.call(yingji, 'POST', `/supervision/assignments/${returned.id}/close-out/verify`, {
      decision: 'returned',
      reason: '现场核查发现紧急切断装置尚未投入联锁，治理措施未落实到位',
    });
  for (const r of [closedMajor, closedSignificant]) {
    if (r)
      await client.call(yingji, 'POST', `/supervision/assignments/${r.id}/close-out/verify`, {
        decision: 'approved',
        reason: '经现场核查，管控措施落实到位，同意销号',
      });
  }

  // 周调度 for last week, 月通报 for last month.
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const lastMonday = addDays(today, -dow - 7);
  await client.call(yingji, 'POST', '/supervision/bulletins', {
    kind: 'weeklyDispatch',
    periodStart: lastMonday,
    periodEnd: addDays(lastMonday, 6),
  });
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthStart = `${m === 1 ? y - 1 : y}-${String(m === 1 ? 12 : m - 1).padStart(2, '0')}-01`;
  const monthEnd = addDays(`${y}-${String(m).padStart(2, '0')}-01`, -1);
  await client.call(yingji, 'POST', '/supervision/bulletins', {
    kind: 'monthlyNotice',
    periodStart: monthStart,
    periodEnd: monthEnd,
  });
}

/**
 * A risk 宏达化工 identified this week after a change (液氯钢瓶临时存放点): its unit, event and
 * control measure, assessed significant (LEC 6×6×7 = 252) and taken up the approval chain. It is
 * the one left to assign; lowering it needs only its own reassessment.
 */
async function identifyNewRisk(client: SeedClient, db: Db, cast: EnterpriseCast): Promise<string | null> {
  if (!cast.principal || cast.unitLeads.length === 0) return null;
  const e = cast.enterpriseId;
  const object = await db
    .selectFrom('riskObjects')
    .select('id')
    .where('enterpriseId', '=', e)
    .where('archivedAt', 'is', null)
    .orderBy('sort')
    .orderBy('code')
    .executeTakeFirst();
  if (!object) return null;
  const sm = await client.login(cast.safetyManager.username, DEMO_PASSWORD);
  const lead = await client.login(cast.unitLeads[0]!.username, DEMO_PASSWORD);
  const principal = await client.login(cast.principal.username, DEMO_PASSWORD);
  const smId = (await client.call<{ data: { user: { id: string } } }>(sm, 'GET', '/auth/session')).data.user
    .id;
  const unit = await client.call<{ data: { id: string } }>(sm, 'POST', `/enterprises/${e}/risk-units`, {
    objectId: object.id,
    code: 'TMP-CL2-01',
    name: '液氯钢瓶临时存放点',
    description: '检修期间液氯钢瓶临时存放于装卸站台东侧',
    responsibleUserId: smId,
  });
  const unitId = unit.data.id;
  const event = await client.call<{ data: { id: string } }>(
    sm,
    'POST',
    `/enterprises/${e}/risk-units/${unitId}/events`,
    {
      name: '钢瓶阀门泄漏导致氯气中毒',
      accidentTypes1986: ['019'],
      consequences: '氯气泄漏扩散，造成作业人员中毒',
    },
  );
  await client.call(sm, 'POST', `/enterprises/${e}/risk-events/${event.data.id}/measures`, {
    kind: 'control',
    hierarchy: 'engineering',
    content: '存放点设置有毒气体检测报警仪并配备碱液吸收装置',
    responsibleUserId: smId,
  });
  for (const kind of ['inherent', 'residual'] as const)
    await client.call(sm, 'POST', `/enterprises/${e}/risk-events/${event.data.id}/assessments`, {
      kind,
      method: 'lec',
      inputs: { l: 6, e: 6, c: 7 },
    });
  const base = `/enterprises/${e}/risk-units/${unitId}`;
  await client.call(lead, 'POST', `${base}/submission`, { comment: '新增临时存放点风险' });
  await client.call(sm, 'POST', `${base}/review`, { comment: '同意' });
  await client.call(principal, 'POST', `${base}/approval`, { comment: '同意' });
  return unitId;
}

/** Units whose level comes from their events' residual levels, with no active evidence raising it. */
async function lowerableUnits(db: Db, rows: Row[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const units = rows.map((r) => r.unitId);
  const graded = await db
    .selectFrom('riskEvents')
    .select('unitId')
    .where('unitId', 'in', units)
    .where('residualLevel', 'in', ['major', 'significant'])
    .execute();
  const raised = await db
    .selectFrom('riskLevelEvidence')
    .select('unitId')
    .where('unitId', 'in', units)
    .where('clearedAt', 'is', null)
    .execute();
  const byEvidence = new Set(raised.map((r) => r.unitId));
  return new Set(graded.map((r) => r.unitId).filter((u) => !byEvidence.has(u)));
}

/** Grading dates `daysAgo` before today, the 3 working days counted from each. */
async function backdate(
  db: Db,
  rows: Row[],
  today: string,
  daysAgoOf: (r: Row, i: number) => number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [i, r] of rows.entries()) {
      const daysAgo = daysAgoOf(r, i);
      const gradedOn = addDays(today, -daysAgo);
      const assignDueOn = await addWorkingDays(trx, gradedOn, 3);
      await trx
        .updateTable('supervisionAssignments')
        .set({ gradedOn, assignDueOn })
        .where('enterpriseId', '=', r.enterpriseId)
        .where('id', '=', r.id)
        .execute();
      await appendAuditEvent(trx, seedAudit, {
        enterpriseId: r.enterpriseId,
        action: 'supervision.demo-grading-backdated',
        entityType: 'riskAssignment',
        entityId: r.id,
        before: { gradedOn: r.gradedOn, assignDueOn: r.assignDueOn },
        after: { gradedOn, assignDueOn },
      });
    }
  });
}

/**
 * Lowers a unit to general as the enterprise does: its safety manager reassesses the residual risk
 * of each significant or major event (LEC 3×6×7 = 126, 一般), a unit lead submits, the safety
 * manager reviews and the principal approves.
 */
export async function lowerUnit(
  client: SeedClient,
  as: (username: string) => Promise<SeedSession>,
  cast: EnterpriseCast,
  unitId: string,
): Promise<void> {
  const e = cast.enterpriseId;
  const sm = await as(cast.safetyManager.username);
  const lead = await as(cast.unitLeads[0]!.username);
  const principal = await as(cast.principal!.username);
  const unit = await client.call<{ data: { events: { id: string; residualLevel: string | null }[] } }>(
    sm,
    'GET',
    `/enterprises/${e}/risk-units/${unitId}`,
  );
  for (const ev of unit.data.events) {
    if (ev.residualLevel !== 'major' && ev.residualLevel !== 'significant') continue;
    await client.call(sm, 'POST', `/enterprises/${e}/risk-events/${ev.id}/assessments`, {
      kind: 'residual',
      method: 'lec',
      inputs: { l: 3, e: 6, c: 7 },
    });
  }
  const base = `/enterprises/${e}/risk-units/${unitId}`;
  await client.call(lead, 'POST', `${base}/submission`, { comment: '治理完成后重新评估' });
  await client.call(sm, 'POST', `${base}/review`, { comment: '同意' });
  await client.call(principal, 'POST', `${base}/approval`, { comment: '同意，降为一般风险' });
}
