import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/app/modules.ts';
import { syncChecklist } from '../../src/modules/inspection/checklist/commands/sync-checklist.ts';
import { systemAudit } from '../../src/modules/inspection/inspection-record.ts';
import { shanghaiDate } from '../../src/modules/inspection/schedule/shanghai-time.ts';
import { generateTasks } from '../../src/modules/inspection/tasks/commands/generate-tasks.ts';
import { createEventDispatcher, type DomainEvent } from '../../src/platform/events/index.ts';
import { createJobRunner, type JobRunner } from '../../src/platform/jobs/index.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../register-test-world.ts';
import { TEST_PASSWORD } from '../test-app.ts';
import { buildControlMeasure, buildRiskEvent, buildRiskObject, buildRiskUnit } from '../risk-factories.ts';

// The seam between the halves: an abnormal answer on a check becomes a reported hazard on the
// measure that failed. Hazard never reads inspection's tables: the finding travels as an event.
let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let runner: JobRunner;
let unitId: string;
let measureId: string;
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

/** A photo as the phone's upload leaves it: a file row of the enterprise. */
async function photo(): Promise<string> {
  const id = randomUUID();
  await w.t.db
    .insertInto('files')
    .values({
      enterpriseId: w.ent.id,
      id,
      storageKey: `${w.ent.id}/${id}`,
      originalName: 'finding.jpg',
      mimeType: 'image/jpeg',
      sizeBytes: 100,
      sha256: 'b'.repeat(64),
      capturedAt: null,
      gpsLat: null,
      gpsLng: null,
      uploadedBy: null,
    })
    .execute();
  return id;
}

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unitId = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '液氨储罐', residualLevel: 'general' }))
    .id;
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId, { residualLevel: 'general' });
  measureId = (await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检呼吸阀' })).id;
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  const today = shanghaiDate(new Date());
  await generateTasks(w.t.db, { from: today, to: today });
  runner = createJobRunner({
    db: w.t.db,
    jobs: events.jobs,
    beforeClaim: [(db) => events.fanOut(db)],
    workerId: 'findings',
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

describe('an abnormal check answer becomes a reported hazard', () => {
  it('on the unit and measure checked, with the check record, the source and the checker as reporter', async () => {
    const [task] = (await req(w.worker, 'GET', `/enterprises/${w.ent.id}/inspection/tasks?mine=true`)).json()
      .data;
    const foreign = await req(
      w.worker,
      'POST',
      `/enterprises/${w.ent.id}/inspection/tasks/${task.id}/records`,
      {
        answers: [{ itemId: task.itemId, answer: 'abnormal', photoFileIds: [randomUUID()] }],
      },
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.answers.0.photoFileIds');
    const res = await req(w.worker, 'POST', `/enterprises/${w.ent.id}/inspection/tasks/${task.id}/records`, {
      answers: [
        { itemId: task.itemId, answer: 'abnormal', note: '呼吸阀锈蚀卡涩', photoFileIds: [await photo()] },
      ],
      byMobile: true,
      scanned: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ byMobile: true, scanned: true });
    await drain();
    const list = (await req(w.manager, 'GET', `/enterprises/${w.ent.id}/hazards`)).json().data;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ state: 'reported', dangerSrc: 1, unitId, unitName: '液氨储罐' });
    expect(list[0].name).toContain('巡检呼吸阀');
    const d = (await req(w.manager, 'GET', `/enterprises/${w.ent.id}/hazards/${list[0].id}`)).json().data;
    expect(d).toMatchObject({
      description: '呼吸阀锈蚀卡涩',
      measureId,
      inspectionRecordId: res.json().data.id,
    });
    expect(d.photos).toEqual([expect.objectContaining({ kind: 'before' })]);
    expect(d.timeline).toEqual([expect.objectContaining({ action: 'report', note: '排查发现' })]);
    // The checker found it and may fix it on the spot.
    expect(
      (await req(w.worker, 'GET', `/enterprises/${w.ent.id}/hazards/${d.id}`)).json().data.abilities
        .fixOnTheSpot,
    ).toBe(true);
  });

  it('a second delivery of the finding registers nothing twice', async () => {
    const row = await w.t.db
      .selectFrom('domainEvents')
      .selectAll()
      .where('type', '=', 'inspection.finding-reported')
      .executeTakeFirstOrThrow();
    const subscriber = subscribers.find((s) => s.id === 'hazard.from-inspection-findings')!;
    const event: DomainEvent = { ...row, payload: row.payload };
    await subscriber.handle(event, { db: w.t.db, idempotencyKey: 'again', attempt: 2 });
    const count = await w.t.db
      .selectFrom('hazards')
      .select('id')
      .where('enterpriseId', '=', w.ent.id)
      .execute();
    expect(count).toHaveLength(1);
  });

  it('confirmed, it flags the unit for re-assessment with the failed measure named', async () => {
    const [h] = (await req(w.manager, 'GET', `/enterprises/${w.ent.id}/hazards`)).json().data;
    const res = await req(w.manager, 'POST', `/enterprises/${w.ent.id}/hazards/${h.id}/confirm`, {
      grade: 'general',
      hazardType: 7,
      managementClassification: 2,
      occurrenceLink: 7,
      rectificationType: 'deadline',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(200);
    await drain();
    const unit = await w.t.db
      .selectFrom('riskUnits')
      .select(['needsReassessment', 'reassessmentReason'])
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow();
    expect(unit).toEqual({ needsReassessment: true, reassessmentReason: '控制措施失效：巡检呼吸阀' });
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', unitId)
      .execute();
    expect(audit.map((a) => a.action)).toContain('risk.measure-failed');
  });
});
