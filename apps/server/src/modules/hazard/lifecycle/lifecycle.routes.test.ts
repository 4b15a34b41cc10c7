import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { loginAs, TEST_PASSWORD, type Session } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let principal: Session;
let lead: Session;
let unitId: string;
const nameOf = async (id: string) =>
  (await w.t.db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  base = `/enterprises/${w.ent.id}/hazards`;
  principal = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['enterprisePrincipal'], enterpriseId: w.ent.id })).username,
  );
  lead = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['unitLead'], enterpriseId: w.ent.id })).username,
  );
  const object = await buildRiskObject(w.t.db, w.ent.id, { name: '液氯储罐区' });
  unitId = (
    await buildRiskUnit(w.t.db, w.ent.id, object.id, {
      name: '液氯储罐',
      status: 'approved',
      residualLevel: 'general',
      currentLevel: 'general',
    })
  ).id;
});
afterAll(async () => {
  await w.t.app.close();
});

const inDays = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** A photo as the upload would leave it: a file row of the enterprise. */
async function photo(enterpriseId = w.ent.id): Promise<string> {
  const id = randomUUID();
  await w.t.db
    .insertInto('files')
    .values({
      enterpriseId,
      id,
      storageKey: `${enterpriseId}/${id}`,
      originalName: 'after.jpg',
      mimeType: 'image/jpeg',
      sizeBytes: 100,
      sha256: 'a'.repeat(64),
      capturedAt: null,
      gpsLat: null,
      gpsLng: null,
      uploadedBy: null,
    })
    .execute();
  return id;
}

const grading = {
  grade: 'general',
  hazardType: 5,
  managementClassification: 2,
  occurrenceLink: 6,
  rectificationType: 'deadline',
};

async function reported(name = '液氯储罐区灭火器压力不足', by: Session = w.worker, extra: object = {}) {
  const res = await req(by, 'POST', base, {
    name,
    description: '压力表指针在红区',
    dangerSrc: 1,
    unitId,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id as string;
}

async function confirmed(extra: object = {}, name?: string) {
  const id = await reported(name);
  const res = await req(w.manager, 'POST', `${base}/${id}/confirm`, {
    ...grading,
    ...extra,
    password: TEST_PASSWORD,
  });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

async function assigned(owner = w.workerUser.id) {
  const id = await confirmed();
  const res = await req(w.manager, 'POST', `${base}/${id}/assign`, {
    ownerUserId: owner,
    deadline: inDays(7),
    measures: '更换灭火器并复查压力',
    cost: 300,
  });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

const detail = async (id: string, s: Session = w.manager) =>
  (await req(s, 'GET', `${base}/${id}`)).json().data;
const stateOf = async (id: string) =>
  (await w.t.db.selectFrom('hazards').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;

describe('the closed loop of a general hazard', () => {
  it('report → confirm → assign → rectify → accept, each signed step verified, the unit’s evidence cleared', async () => {
    const id = await assigned();
    const evidence = () =>
      w.t.db
        .selectFrom('riskLevelEvidence')
        .select(['clearedAt'])
        .where('refType', '=', 'hazard')
        .where('refId', '=', id)
        .executeTakeFirstOrThrow();
    expect((await evidence()).clearedAt).toBeNull();

    // The owner hears of the assignment; the 待办 counts it.
    const inbox = (await req(w.worker, 'GET', '/inbox')).json().data;
    expect(inbox).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'hazard.assigned' })]));
    const todos = (await req(w.worker, 'GET', '/todos')).json().data;
    expect(todos).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'hazardsToRectify' })]));
    const mine = await detail(id, w.worker);
    expect(mine).toMatchObject({
      state: 'rectifying',
      ownerName: await nameOf(w.workerUser.id),
      deadline: inDays(7),
    });
    expect(mine.abilities).toMatchObject({
      submitRectification: true,
      requestExtension: true,
      accept: false,
    });

    const after = await photo();
    const submit = await req(w.worker, 'POST', `${base}/${id}/rectification`, {
      afterPhotoIds: [after],
      note: '已更换灭火器',
      actualCost: 280,
      password: TEST_PASSWORD,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(submit.json().data.state).toBe('accepting');
    // The rectifier cannot accept: the worker lacks the permission, and the button is not shown.
    expect((await detail(id, w.worker)).abilities.accept).toBe(false);

    const accept = await req(w.manager, 'POST', `${base}/${id}/accept`, {
      comment: '现场复查合格',
      password: TEST_PASSWORD,
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const d = await detail(id);
    expect(d).toMatchObject({
      state: 'closed',
      acceptorName: await nameOf(w.managerUser.id),
      acceptanceComment: '现场复查合格',
      cost: 280,
      overdue: false,
    });
    expect(d.timeline.map((s: { action: string }) => s.action)).toEqual([
      'report',
      'confirm',
      'assign',
      'submitRectification',
      'accept',
    ]);
    expect(d.signatures.map((s: { kind: string; verified: boolean }) => [s.kind, s.verified])).toEqual([
      ['confirm', true],
      ['submitRectification', true],
      ['accept', true],
    ]);
    expect(d.photos).toEqual([
      expect.objectContaining({ fileId: after, kind: 'after', url: `/api/v1/files/${after}` }),
    ]);
    expect((await evidence()).clearedAt).not.toBeNull();
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .orderBy('occurredAt')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'hazard.reported',
      'hazard.confirmed',
      'hazard.assigned',
      'hazard.rectification-submitted',
      'hazard.accepted',
    ]);
  });

  it('the acceptor is never the rectifier, and a wrong password signs nothing', async () => {
    const id = await assigned(w.managerUser.id);
    const after = await photo();
    const bad = await req(w.manager, 'POST', `${base}/${id}/rectification`, {
      afterPhotoIds: [after],
      note: '已整改',
      password: 'wrong',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.password');
    expect(await stateOf(id)).toBe('rectifying');
    expect(
      (
        await req(w.manager, 'POST', `${base}/${id}/rectification`, {
          afterPhotoIds: [after],
          note: '已整改',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
    const self = await req(w.manager, 'POST', `${base}/${id}/accept`, { password: TEST_PASSWORD });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('HAZARD_ACCEPTOR_IS_RECTIFIER');
    expect((await req(lead, 'POST', `${base}/${id}/accept`, { password: TEST_PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('sending back returns it to the owner with the reason; only the owner submits', async () => {
    const id = await assigned();
    const after = await photo();
    const body = { afterPhotoIds: [after], note: '已整改', password: TEST_PASSWORD };
    expect((await req(lead, 'POST', `${base}/${id}/rectification`, body)).statusCode).toBe(403);
    expect((await req(w.worker, 'POST', `${base}/${id}/rectification`, body)).statusCode).toBe(200);
    const empty = await req(w.manager, 'POST', `${base}/${id}/send-back`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('body.reason');
    const back = await req(w.manager, 'POST', `${base}/${id}/send-back`, {
      reason: '压力仍不足，需再次更换',
    });
    expect(back.statusCode, back.body).toBe(200);
    const d = await detail(id, w.worker);
    expect(d.state).toBe('rectifying');
    expect(d.timeline.at(-1)).toMatchObject({ action: 'sendBack', note: '压力仍不足，需再次更换' });
    expect(d.abilities.submitRectification).toBe(true);
  });

  it('a photo id of another enterprise is refused, naming the field', async () => {
    const id = await assigned();
    const foreign = await photo(w.other.id);
    const res = await req(w.worker, 'POST', `${base}/${id}/rectification`, {
      afterPhotoIds: [foreign],
      note: '已整改',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('body.afterPhotoIds');
    expect(await stateOf(id)).toBe('rectifying');
  });

  it('an owner who is not an active member of the enterprise, or a past deadline, is refused', async () => {
    const id = await confirmed();
    const foreign = await req(w.manager, 'POST', `${base}/${id}/assign`, {
      ownerUserId: w.otherManagerUser.id,
      deadline: inDays(3),
      measures: '更换',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.ownerUserId');
    const past = await req(w.manager, 'POST', `${base}/${id}/assign`, {
      ownerUserId: w.workerUser.id,
      deadline: inDays(-1),
      measures: '更换',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.field).toBe('body.deadline');
    expect(await stateOf(id)).toBe('confirmed');
  });
});

describe('fixing on the spot (即查即改)', () => {
  it('the finder fixes it with an after photo; someone else accepts it', async () => {
    const id = await reported('配电室门口杂物堵塞通道');
    expect((await detail(id, w.worker)).abilities.fixOnTheSpot).toBe(true);
    expect((await detail(id, lead)).abilities.fixOnTheSpot).toBe(false);
    const res = await req(w.worker, 'POST', `${base}/${id}/fix-on-the-spot`, {
      afterPhotoIds: [await photo()],
      note: '已清理杂物',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = await detail(id);
    expect(d).toMatchObject({ state: 'accepting', rectificationType: 'immediate', grade: 'general' });
    expect(d.abilities.accept).toBe(true);
    expect(
      (await req(w.manager, 'POST', `${base}/${id}/accept`, { password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('a major hazard is never fixed on the spot', async () => {
    const id = await confirmed({ majorCriterionKey: 'chem-2017-15' }, '安全阀未投用');
    const res = await req(w.worker, 'POST', `${base}/${id}/fix-on-the-spot`, {
      afterPhotoIds: [await photo()],
      note: '已投用',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('HAZARD_MAJOR_NOT_IMMEDIATE');
  });
});

describe('deadline extensions', () => {
  it('the owner asks once with a reason and a later date; the manager approves and the deadline moves', async () => {
    const id = await assigned();
    const url = `${base}/${id}/extensions`;
    expect((await req(lead, 'POST', url, { reason: '备件未到', newDeadline: inDays(20) })).statusCode).toBe(
      403,
    );
    const earlier = await req(w.worker, 'POST', url, { reason: '备件未到', newDeadline: inDays(5) });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().error.field).toBe('body.newDeadline');
    expect(
      (await req(w.worker, 'POST', url, { reason: '备件未到', newDeadline: inDays(20) })).statusCode,
    ).toBe(200);
    const again = await req(w.worker, 'POST', url, { reason: '再延', newDeadline: inDays(30) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('HAZARD_EXTENSION_PENDING');
    const ext = (await detail(id)).extensions[0];
    expect(ext).toMatchObject({ state: 'requested', oldDeadline: inDays(7), newDeadline: inDays(20) });
    expect((await req(w.worker, 'POST', `${url}/${ext.id}/approve`, {})).statusCode).toBe(403);
    expect((await req(w.manager, 'POST', `${url}/${ext.id}/approve`, { comment: '同意' })).statusCode).toBe(
      200,
    );
    const d = await detail(id);
    expect(d.deadline).toBe(inDays(20));
    expect(d.extensions[0].state).toBe('approved');
    expect((await req(w.manager, 'POST', `${url}/${ext.id}/refuse`, {})).statusCode).toBe(409);
  });

  it('a refused request leaves the deadline', async () => {
    const id = await assigned();
    const url = `${base}/${id}/extensions`;
    await req(w.worker, 'POST', url, { reason: '人手不足', newDeadline: inDays(30) });
    const ext = (await detail(id)).extensions[0];
    expect(
      (await req(w.manager, 'POST', `${url}/${ext.id}/refuse`, { comment: '按期完成' })).statusCode,
    ).toBe(200);
    const d = await detail(id);
    expect(d).toMatchObject({
      deadline: inDays(7),
      extensions: [expect.objectContaining({ state: 'refused' })],
    });
  });
});

describe('a major hazard', () => {
  const plan = () => ({
    ownerUserId: w.managerUser.id,
    goal: '恢复液氯储罐区紧急切断功能',
    measures: '加装紧急切断阀并联锁',
    funds: 180000,
    organisation: '设备部牵头，生产部配合',
    deadline: inDays(30),
    contingency: '执行液氯泄漏专项应急预案',
    protectiveMeasures: '储罐降液位运行，设置警戒区，无关人员撤离',
  });

  it('needs a plan signed by the principal, an evaluation, acceptance, and is handed over to the regulator', async () => {
    const id = await confirmed({ majorCriterionKey: 'chem-2017-5' }, '液氯储罐区未实现紧急切断');
    const assign = await req(w.manager, 'POST', `${base}/${id}/assign`, {
      ownerUserId: w.workerUser.id,
      deadline: inDays(7),
      measures: '更换',
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.json().error.code).toBe('HAZARD_PLAN_REQUIRED');
    // Confirmed, it is in the regulators' view at once; outside the remit it is not.
    const regional = (await req(w.regulatorIn, 'GET', '/major-hazards')).json().data;
    expect(regional).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id,
          enterpriseName: '宏达化工',
          state: 'confirmed',
          planApproved: false,
          // No deadline until the principal signs the plan: no due chip either.
          due: null,
        }),
      ]),
    );
    expect((await req(w.regulatorOut, 'GET', '/major-hazards')).json().data).toEqual([]);
    expect((await detail(id)).abilities).toMatchObject({ submitPlan: true, approvePlan: false });
    expect(
      (await req(principal, 'POST', `${base}/${id}/plan/approve`, { password: TEST_PASSWORD })).statusCode,
    ).toBe(409);
    expect((await req(w.manager, 'POST', `${base}/${id}/plan`, plan())).statusCode).toBe(200);
    expect((await detail(id, principal)).abilities.approvePlan).toBe(true);
    expect(
      (await req(w.manager, 'POST', `${base}/${id}/plan/approve`, { password: TEST_PASSWORD })).statusCode,
    ).toBe(403);
    const approve = await req(principal, 'POST', `${base}/${id}/plan/approve`, {
      comment: '同意实施',
      password: TEST_PASSWORD,
    });
    expect(approve.statusCode, approve.body).toBe(200);
    let d = await detail(id);
    expect(d).toMatchObject({
      state: 'rectifying',
      ownerUserId: w.managerUser.id,
      deadline: inDays(30),
      cost: 180000,
    });
    expect(d.plan).toMatchObject({ goal: '恢复液氯储罐区紧急切断功能', approvedAt: expect.any(String) });

    const rectification = {
      afterPhotoIds: [await photo()],
      note: '紧急切断阀已安装调试',
      password: TEST_PASSWORD,
    };
    const noEval = await req(w.manager, 'POST', `${base}/${id}/rectification`, rectification);
    expect(noEval.statusCode).toBe(400);
    expect(noEval.json().error.field).toBe('body.evaluation');
    const withEval = await req(w.manager, 'POST', `${base}/${id}/rectification`, {
      ...rectification,
      evaluation: {
        by: '江苏安评技术服务有限公司',
        thirdParty: true,
        date: inDays(0),
        conclusion: '隐患已消除',
      },
    });
    expect(withEval.statusCode, withEval.body).toBe(200);
    expect(
      (await req(principal, 'POST', `${base}/${id}/accept`, { password: TEST_PASSWORD })).statusCode,
    ).toBe(200);

    // Regulators in remit see the major hazard; those outside learn nothing.
    const seen = await req(w.regulatorIn, 'GET', `${base}?state=closed`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data.map((h: { id: string }) => h.id)).toContain(id);
    expect((await req(w.regulatorOut, 'GET', `${base}/${id}`)).statusCode).toBe(404);

    expect(
      (await req(w.manager, 'POST', `${base}/${id}/hand-over`, { note: '申请销号核查' })).statusCode,
    ).toBe(200);
    d = await detail(id, w.regulatorIn);
    expect(d.state).toBe('handedOver');
    expect(d.signatures.map((s: { kind: string }) => s.kind)).toEqual([
      'confirm',
      'approvePlan',
      'submitRectification',
      'accept',
    ]);
    expect(d.abilities.handOver).toBe(false);
  });
});

describe('reject, merge and void', () => {
  it('a report that is no hazard is rejected with a reason; its duplicate is merged; only the manager voids', async () => {
    const first = await reported('储罐区围堰有裂缝');
    const dup = await reported('储罐区围堰裂缝（重复）');
    const junk = await reported('非隐患');
    expect(
      (await req(w.manager, 'POST', `${base}/${junk}/reject`, { reason: '属正常磨损，不构成隐患' }))
        .statusCode,
    ).toBe(200);
    expect(await stateOf(junk)).toBe('rejected');

    expect((await req(w.manager, 'POST', `${base}/${dup}/merge`, { intoHazardId: dup })).statusCode).toBe(
      400,
    );
    expect((await req(w.manager, 'POST', `${base}/${dup}/merge`, { intoHazardId: junk })).statusCode).toBe(
      400,
    );
    const merge = await req(w.manager, 'POST', `${base}/${dup}/merge`, {
      intoHazardId: first,
      reason: '同一处',
    });
    expect(merge.statusCode, merge.body).toBe(200);
    expect((await detail(dup)).mergedIntoId).toBe(first);

    expect((await req(w.worker, 'POST', `${base}/${first}/void`, { reason: '误报' })).statusCode).toBe(403);
    expect((await req(w.manager, 'POST', `${base}/${first}/void`, { reason: '误报' })).statusCode).toBe(200);
    expect(await stateOf(first)).toBe('voided');
    expect((await req(w.manager, 'POST', `${base}/${first}/void`, { reason: '再次' })).statusCode).toBe(409);
    expect((await req(w.otherManager, 'POST', `${base}/${first}/void`, { reason: '误报' })).statusCode).toBe(
      404,
    );
  });
});

describe('隐患台账 (the list)', () => {
  it('filters by state, overdue, mine and words; hides a hidden reporter from colleagues; pages on', async () => {
    const hidden = await reported('更衣室电线裸露', w.worker, { reporterHidden: true });
    const overdue = await assigned();
    await w.t.db
      .updateTable('hazards')
      .set({ deadline: inDays(-2) })
      .where('id', '=', overdue)
      .execute();

    const all = (await req(w.manager, 'GET', `${base}?limit=200`)).json();
    expect(all.abilities).toEqual({ report: true, quickReport: true, archive: true });
    const row = all.data.find((h: { id: string }) => h.id === hidden);
    expect(row).toMatchObject({
      name: '更衣室电线裸露',
      reporterName: null,
      state: 'reported',
      unitName: '液氯储罐',
    });
    const ownView = (await req(w.worker, 'GET', `${base}?q=${encodeURIComponent('电线裸露')}`)).json().data;
    expect(ownView.map((h: { reporterName: string }) => h.reporterName)).toEqual([
      await nameOf(w.workerUser.id),
    ]);

    const late = (await req(w.manager, 'GET', `${base}?overdue=true`)).json().data;
    expect(late.map((h: { id: string }) => h.id)).toEqual([overdue]);
    expect(late[0].overdue).toBe(true);
    // The due chip counts calendar days past the deadline.
    expect(late[0].due).toEqual({ overdueDays: 2, workingDaysLeft: null });
    expect(row.due).toBeNull();

    const reportedOnly = (await req(w.manager, 'GET', `${base}?state=reported,confirmed`)).json().data;
    expect(reportedOnly.every((h: { state: string }) => ['reported', 'confirmed'].includes(h.state))).toBe(
      true,
    );

    const mine = (await req(lead, 'GET', `${base}?mine=true`)).json().data;
    expect(mine).toEqual([]);

    // A third hazard, so that two pages of two exist also when this test runs alone.
    await reported('消防通道堆放杂物', w.worker);
    const first = (await req(w.manager, 'GET', `${base}?limit=2`)).json();
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (await req(w.manager, 'GET', `${base}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.data[0].registeredAt <= first.data[1].registeredAt).toBe(true);
    expect(second.data.map((h: { id: string }) => h.id)).not.toContain(first.data[0].id);

    const byDeadline = (await req(w.manager, 'GET', `${base}?sort=deadline&order=asc&limit=1`)).json();
    expect(byDeadline.data[0].id).toBe(overdue);
    const next = (
      await req(w.manager, 'GET', `${base}?sort=deadline&order=asc&limit=1&cursor=${byDeadline.nextCursor}`)
    ).json();
    expect(next.data[0].id).not.toBe(overdue);

    expect((await req(w.regulatorIn, 'GET', `${base}/${hidden}`)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'GET', base)).statusCode).toBe(404);
  });
});

describe('the lists as .xlsx (隐患、整改、销号清单)', () => {
  async function sheet(s: Session, query: string) {
    const res = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1${base}/export.xlsx?${query}`,
      headers: s.headers,
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) => {
      // Empty cells are holes in row.values; Array.from keeps them as ''.
      const values = Array.from(row.values as unknown[], (v) =>
        v === null || v === undefined ? '' : String(v),
      );
      rows.push(values.slice(1));
    });
    return { name: ws.name, rows };
  }

  it('holds what the page’s filters select, with the list’s own columns', async () => {
    const closed = await sheet(w.manager, 'list=closeOut');
    expect(closed.name).toBe('隐患销号清单');
    expect(closed.rows[0]![0]).toContain('隐患销号清单');
    expect(closed.rows[1]).toEqual(expect.arrayContaining(['序号', '隐患名称', '验收人', '验收意见']));
    expect(closed.rows.slice(2).every((r) => r[4]!.startsWith('已验收') || r[4]!.startsWith('已移交'))).toBe(
      true,
    );
    expect(closed.rows.some((r) => r.includes('现场复查合格'))).toBe(true);

    const overdue = await sheet(w.manager, 'list=rectification&overdue=true');
    expect(overdue.rows.slice(2).length).toBeGreaterThan(0);
    expect(overdue.rows.slice(2).every((r) => r[4]!.endsWith('（逾期）'))).toBe(true);

    const all = await sheet(w.manager, 'list=hazards');
    const total = (await req(w.manager, 'GET', `${base}?limit=200`)).json().data.length;
    expect(all.rows.length - 2).toBe(total);
    // The hidden reporter stays hidden in the download too.
    const hidden = all.rows.find((r) => r[1] === '更衣室电线裸露')!;
    expect(hidden[hidden.length - 2]).toBe('');

    // Regulators in remit get the major hazards only; outsiders nothing.
    const regulator = await sheet(w.regulatorIn, 'list=hazards');
    expect(regulator.rows.slice(2).every((r) => r[3] === '重大')).toBe(true);
    expect((await req(w.regulatorOut, 'GET', `${base}/export.xlsx`)).statusCode).toBe(404);
  });
});
