import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/app/modules.ts';
import { syncChecklist } from '../../src/modules/inspection/checklist/commands/sync-checklist.ts';
import { systemAudit } from '../../src/modules/inspection/inspection-record.ts';
import { shanghaiDate } from '../../src/modules/inspection/schedule/shanghai-time.ts';
import { generateTasks } from '../../src/modules/inspection/tasks/commands/generate-tasks.ts';
import { markMissedChecks } from '../../src/modules/inspection/tasks/commands/mark-missed-checks.ts';
import { createEventDispatcher, type DomainEvent } from '../../src/platform/events/index.ts';
import { createJobRunner, type JobRunner } from '../../src/platform/jobs/index.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../register-test-world.ts';
import { buildControlMeasure, buildRiskEvent, buildRiskObject, buildRiskUnit } from '../risk-factories.ts';

// 失控 across the seam (ADR 0012): inspection records a missed check, risk's subscriber marks the
// unit, raises its level and warns; a later completed check clears the mark. Risk never imports
// inspection: everything travels through the outbox and the job runner.
let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let runner: JobRunner;
let unitId: string;
const subscribers = modules.flatMap((m) => m.subscribers ?? []);
const events = createEventDispatcher(subscribers);

async function drain() {
  for (let i = 0; i < 20; i += 1) {
    const ran = await runner.tick();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from jobs
      where status = 'queued' and name = 'platform.event-delivery'`.execute(w.t.db);
    if (ran === 0 && rows[0]?.n === 0) return;
  }
}

const evidenceOf = (unit: string) =>
  w.t.db
    .selectFrom('riskLevelEvidence')
    .selectAll()
    .where('enterpriseId', '=', w.ent.id)
    .where('unitId', '=', unit)
    .execute();

const unitOf = (unit: string) =>
  w.t.db
    .selectFrom('riskUnits')
    .select(['currentLevel', 'residualLevel', 'outOfControlReason'])
    .where('id', '=', unit)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unitId = (
    await buildRiskUnit(w.t.db, w.ent.id, object.id, {
      name: '罐区',
      responsibleUserId: w.workerUser.id,
      residualLevel: 'general',
      currentLevel: 'general',
    })
  ).id;
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId, {
    inherentLevel: 'significant',
    residualLevel: 'general',
  });
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检呼吸阀' });
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检阻火器' });
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  const today = shanghaiDate(new Date());
  await generateTasks(w.t.db, { from: today, to: today });
  runner = createJobRunner({
    db: w.t.db,
    jobs: events.jobs,
    beforeClaim: [(db) => events.fanOut(db)],
    workerId: 'out-of-control',
    retryBaseMs: 1,
    retryMaxMs: 1,
    onError: () => {},
  });
  await drain();
});
afterAll(async () => {
  await runner.stop();
  await w.t.app.close();
});

describe('a missed check marks its unit out of control until a check is made', () => {
  let missedTaskId: string;

  it('marks the unit, raises it one level above its residual level and warns the people in charge', async () => {
    const tasks = await w.t.db
      .selectFrom('inspectionTasks')
      .select(['id'])
      .where('enterpriseId', '=', w.ent.id)
      .orderBy('id')
      .execute();
    expect(tasks).toHaveLength(2);
    missedTaskId = tasks[0]!.id;
    // The first task's window closed an hour ago; the sweep marks it not checked.
    await w.t.db
      .updateTable('inspectionTasks')
      .set({ startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) })
      .where('id', '=', missedTaskId)
      .execute();
    expect(await markMissedChecks(w.t.db)).toBe(1);
    await drain();

    const evidence = await evidenceOf(unitId);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      source: 'inspection.missed-check',
      level: 'significant',
      refType: 'inspectionTask',
      refId: missedTaskId,
      clearedAt: null,
    });
    const unit = await unitOf(unitId);
    expect(unit).toMatchObject({ residualLevel: 'general', currentLevel: 'significant' });
    expect(unit.outOfControlReason).toMatch(/^失控：排查任务未按时完成/);

    // The register and the four-color map show the mark with its reason, the regulator too.
    const detail = await req(w.regulatorIn, 'GET', `/enterprises/${w.ent.id}/risk-units/${unitId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().data.unit).toMatchObject({
      currentLevel: 'significant',
      outOfControlReason: unit.outOfControlReason,
    });
    const tree = await req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-register/tree`);
    expect(JSON.stringify(tree.json())).toContain(unit.outOfControlReason!);

    // The unit's responsible person and the safety manager get a warning in their inbox.
    for (const session of [w.worker, w.manager]) {
      const inbox = (await req(session, 'GET', '/inbox')).json().data;
      expect(inbox).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'risk.unit-out-of-control' })]),
      );
    }
  });

  it('a second delivery of the same event adds nothing', async () => {
    const row = await w.t.db
      .selectFrom('domainEvents')
      .selectAll()
      .where('type', '=', 'inspection.check-missed')
      .where('entityId', '=', missedTaskId)
      .executeTakeFirstOrThrow();
    const subscriber = subscribers.find((s) => s.id === 'risk.out-of-control')!;
    const event: DomainEvent = { ...row, payload: row.payload };
    await subscriber.handle(event, { db: w.t.db, idempotencyKey: 'again', attempt: 2 });
    expect(await evidenceOf(unitId)).toHaveLength(1);
    const notices = await w.t.db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'risk.unit-out-of-control')
      .where('userId', '=', w.managerUser.id)
      .execute();
    expect(notices).toHaveLength(1);
  });

  it('a completed check of the unit clears the mark and the raised level', async () => {
    const open = (await req(w.worker, 'GET', `/enterprises/${w.ent.id}/inspection/tasks?mine=true`))
      .json()
      .data.find((t: { status: string }) => t.status === 'pending');
    const done = await req(w.worker, 'POST', `/enterprises/${w.ent.id}/inspection/tasks/${open.id}/records`, {
      answers: [{ itemId: open.itemId, answer: 'normal' }],
      byMobile: true,
    });
    expect(done.statusCode).toBe(201);
    await drain();
    const evidence = await evidenceOf(unitId);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.clearedAt).not.toBeNull();
    expect(await unitOf(unitId)).toMatchObject({ currentLevel: 'general', outOfControlReason: null });

    // The missed event delivered again after the make-up check marks nothing.
    const row = await w.t.db
      .selectFrom('domainEvents')
      .selectAll()
      .where('type', '=', 'inspection.check-missed')
      .executeTakeFirstOrThrow();
    const subscriber = subscribers.find((s) => s.id === 'risk.out-of-control')!;
    await subscriber.handle({ ...row }, { db: w.t.db, idempotencyKey: 'late', attempt: 3 });
    expect(await evidenceOf(unitId)).toHaveLength(1);
    expect((await unitOf(unitId)).outOfControlReason).toBeNull();
  });
});
