import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildRegulator, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { shanghaiCivilDate } from '../../../platform/calendar/index.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let gasDept: Session;
let townB: Session;
let gasEnt: { id: string };
let pendingEnt: { id: string };
const month = shanghaiCivilDate().slice(0, 7);
const list = '/supervision/progress/enterprises';

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  gasEnt = await buildEnterprise(w.t.db, {
    name: '白石燃气',
    jurisdictionCode: PLACES.townB,
    industryCodes: ['gas'],
  });
  pendingEnt = await buildEnterprise(w.t.db, { name: '新建化工', status: 'pending' });
  await w.t.db
    .updateTable('enterprises')
    .set({ reviewedAt: new Date() })
    .where('status', '=', 'approved')
    .execute();
  const gas = await buildRegulator(w.t.db, {
    kind: 'housingConstruction',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'gas' }],
  });
  const town = await buildRegulator(w.t.db, { kind: 'township', jurisdictionCode: PLACES.townB });
  gasDept = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['inspector'], regulatorId: gas.id })).username,
  );
  townB = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['inspector'], regulatorId: town.id })).username,
  );
  // 宏达: a register published today with one approved unit placed on a site plan.
  const object = await buildRiskObject(w.t.db, w.ent.id, { name: '罐区' });
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '甲醇储罐', status: 'approved' });
  await w.t.db
    .insertInto('riskRegisterRevisions')
    .values({
      enterpriseId: w.ent.id,
      revision: 1,
      snapshot: '{}',
      summary: '{}',
      publishedBy: null,
      publishedAt: new Date(),
    })
    .execute();
  const fileId = crypto.randomUUID();
  await w.t.db
    .insertInto('files')
    .values({
      enterpriseId: w.ent.id,
      id: fileId,
      storageKey: `${w.ent.id}/${fileId}`,
      originalName: 'plan.png',
      mimeType: 'image/png',
      sizeBytes: 1,
      sha256: 'a'.repeat(64),
      capturedAt: null,
      gpsLat: null,
      gpsLng: null,
      uploadedBy: null,
    })
    .execute();
  const planId = crypto.randomUUID();
  await w.t.db
    .insertInto('riskSitePlans')
    .values({
      enterpriseId: w.ent.id,
      id: planId,
      name: '总平面图',
      fileId,
      width: 100,
      height: 100,
      createdAt: new Date(),
    })
    .execute();
  await w.t.db
    .insertInto('riskUnitPlacements')
    .values({
      enterpriseId: w.ent.id,
      unitId: unit.id,
      planId,
      geometry: JSON.stringify({ type: 'Point' }),
      reviewedOn: null,
    })
    .execute();
});
afterAll(async () => {
  await w.t.app.close();
});

type Row = {
  enterpriseId: string;
  enterpriseName: string;
  milestones: { key: string; done: boolean; lack: string | null }[];
};
const names = (rows: Row[]) => rows.map((r) => r.enterpriseName).sort();
const milestone = (r: Row, key: string) => r.milestones.find((m) => m.key === key)!;

describe('remit scoping', () => {
  it('the county bureau sees every enterprise of the county, pending ones too', async () => {
    const res = await req(w.regulatorIn, 'GET', list);
    expect(res.statusCode).toBe(200);
    expect(names(res.json().data)).toEqual(['宏达化工', '新建化工', '白石燃气', '远方化工'].sort());
    expect(res.json().month).toBe(month);
  });

  it('an industry department sees only its industry; a township only its township', async () => {
    expect(names((await req(gasDept, 'GET', list)).json().data)).toEqual(['白石燃气']);
    expect(names((await req(townB, 'GET', list)).json().data)).toEqual(['白石燃气']);
    expect(names((await req(w.regulatorOut, 'GET', list)).json().data)).toEqual([]);
  });

  it('an enterprise outside the remit is 404, by industry, by township and by county', async () => {
    const one = `${list}/${w.ent.id}`;
    expect((await req(w.regulatorIn, 'GET', one)).statusCode).toBe(200);
    expect((await req(gasDept, 'GET', one)).statusCode).toBe(404);
    expect((await req(townB, 'GET', one)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', one)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'GET', one)).statusCode).toBe(404);
  });

  it('enterprises do not read the regulators’ views', async () => {
    expect((await req(w.manager, 'GET', list)).statusCode).toBe(403);
    expect((await req(w.manager, 'GET', '/supervision/progress/dashboard')).statusCode).toBe(403);
  });

  it('the dashboard counts only the remit', async () => {
    const res = await req(gasDept, 'GET', '/supervision/progress/dashboard?by=township');
    expect(res.statusCode).toBe(200);
    expect(res.json().totals.total).toBe(1);
    expect(res.json().groups.map((g: { name: string }) => g.name)).toEqual(['白石镇']);
  });
});

describe('milestones from the enterprises’ data', () => {
  it('reads the register, the map and what is missing', async () => {
    const rows: Row[] = (await req(w.regulatorIn, 'GET', list)).json().data;
    const hongda = rows.find((r) => r.enterpriseId === w.ent.id)!;
    expect(milestone(hongda, 'registered').done).toBe(true);
    expect(milestone(hongda, 'registerApproved').done).toBe(true);
    expect(milestone(hongda, 'mapDrawn').done).toBe(true);
    expect(milestone(hongda, 'cardsPrinted').lack).toBe('noPosts');
    expect(milestone(hongda, 'checklistsRunning').lack).toBe('noChecklist');
    const pending = rows.find((r) => r.enterpriseId === pendingEnt.id)!;
    expect(milestone(pending, 'registered').lack).toBe('pendingApproval');
    const gas = rows.find((r) => r.enterpriseId === gasEnt.id)!;
    expect(milestone(gas, 'registerApproved').lack).toBe('noRegister');
  });

  it('filters by township, by department and by what is lacking', async () => {
    expect(
      names((await req(w.regulatorIn, 'GET', `${list}?jurisdictionCode=${PLACES.townB}`)).json().data),
    ).toEqual(['白石燃气']);
    expect(names((await req(w.regulatorIn, 'GET', `${list}?lacking=mapDrawn`)).json().data)).toEqual(
      ['新建化工', '白石燃气', '远方化工'].sort(),
    );
    expect(names((await req(w.regulatorIn, 'GET', `${list}?industryCode=gas`)).json().data)).toEqual([
      '白石燃气',
    ]);
    expect(
      names((await req(w.regulatorIn, 'GET', `${list}?q=${encodeURIComponent('燃气')}`)).json().data),
    ).toEqual(['白石燃气']);
  });

  it('refuses a month that has not begun, with the field', async () => {
    const res = await req(w.regulatorIn, 'GET', `${list}?month=2999-01`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'SUPERVISION_PROGRESS_MONTH_IN_FUTURE',
      field: 'query.month',
    });
  });
});

describe('monthly reports', () => {
  const base = () => `/enterprises/${w.ent.id}/progress-reports`;
  const body = {
    month,
    teamEstablished: true,
    rulesEstablished: true,
    trainingSessions: 2,
    trainedPeople: 40,
  };
  let id: string;

  it('prefills the form from the enterprise’s data', async () => {
    const res = await req(w.manager, 'GET', `${base()}/draft?month=${month}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.figures).toMatchObject({ riskUnits: 1, registerApproved: true, mapDrawn: true });
    expect(res.json().data.existing).toBeNull();
  });

  it('only the enterprise’s safety manager submits, once a month', async () => {
    expect((await req(w.worker, 'POST', base(), body)).statusCode).toBe(403);
    expect((await req(w.otherManager, 'POST', base(), body)).statusCode).toBe(404);
    expect((await req(w.regulatorIn, 'POST', base(), body)).statusCode).toBe(404);
    const bad = await req(w.manager, 'POST', base(), { ...body, month: '2999-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.month');
    const res = await req(w.manager, 'POST', base(), body);
    expect(res.statusCode).toBe(201);
    id = res.json().data.id;
    expect(res.json().data).toMatchObject({ state: 'submitted', figures: { riskUnits: 1 } });
    const again = await req(w.manager, 'POST', base(), body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SUPERVISION_PROGRESS_REPORT_EXISTS');
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['supervision.progress-report-submitted']);
  });

  it('a regulator in the remit returns it with a reason; the enterprise corrects it; it is accepted', async () => {
    const review = `${base()}/${id}/review`;
    expect((await req(w.regulatorOut, 'POST', review, { decision: 'accept' })).statusCode).toBe(404);
    expect((await req(gasDept, 'POST', review, { decision: 'accept' })).statusCode).toBe(404);
    expect((await req(w.manager, 'POST', review, { decision: 'accept' })).statusCode).toBe(403);
    const noReason = await req(w.regulatorIn, 'POST', review, { decision: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('body.comment');
    const returned = await req(w.regulatorIn, 'POST', review, {
      decision: 'return',
      comment: '培训人次有误',
    });
    expect(returned.json().data).toMatchObject({ state: 'returned', reviewComment: '培训人次有误' });
    let rows: Row[] = (await req(w.regulatorIn, 'GET', list)).json().data;
    expect(
      milestone(
        rows.find((r) => r.enterpriseId === w.ent.id)!,
        'reportSubmitted',
      ).lack,
    ).toBe('reportReturned');
    const resubmitted = await req(w.manager, 'POST', base(), { ...body, trainedPeople: 45 });
    expect(resubmitted.json().data).toMatchObject({ id, state: 'submitted', trainedPeople: 45 });
    const accepted = await req(w.regulatorIn, 'POST', review, { decision: 'accept' });
    expect(accepted.json().data.state).toBe('accepted');
    expect((await req(w.regulatorIn, 'POST', review, { decision: 'accept' })).statusCode).toBe(409);
    rows = (await req(w.regulatorIn, 'GET', list)).json().data;
    expect(
      milestone(
        rows.find((r) => r.enterpriseId === w.ent.id)!,
        'reportSubmitted',
      ).done,
    ).toBe(true);
    expect((await req(w.regulatorOut, 'GET', base())).statusCode).toBe(404);
    expect((await req(w.regulatorIn, 'GET', base())).json().data).toHaveLength(1);
  });
});

async function workbook(url: string, s: Session) {
  const res = await req(s, 'GET', url);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('monthly tables as .xlsx', () => {
  it('附件3 by township: title, the reporting line, two-row headers, one row per township and the total', async () => {
    const sheet = await workbook(
      `/supervision/progress/monthly/attachment-3.xlsx?by=township&month=${month}`,
      w.regulatorIn,
    );
    expect(sheet.getCell('A1').value).toBe('“双控机制”建设推进情况月报表');
    expect(String(sheet.getCell('A2').value)).toContain(
      `统计月份：${month.slice(0, 4)}年${Number(month.slice(5))}月`,
    );
    expect(sheet.getCell('A3').value).toBe('序号');
    expect(sheet.getCell('B3').value).toBe('乡镇（街道）');
    expect(sheet.getCell('C3').value).toBe('应建单位数');
    expect(sheet.getCell('D3').value).toBe('已注册');
    expect(sheet.getCell('D4').value).toBe('家数');
    expect(sheet.getCell('E4').value).toBe('占比');
    expect(sheet.getCell('E3').isMerged).toBe(true);
    const body = [5, 6, 7].map((r) => sheet.getRow(r).values as unknown[]);
    expect(body.map((v) => v[2])).toEqual(['白石镇', '青溪镇', '合计']);
    // 青溪镇: 宏达, 远方 (approved) and 新建 (pending): 3 to build, 2 registered.
    expect(body[1]!.slice(3, 6)).toEqual([3, 2, '66.7%']);
    expect(body[2]![3]).toBe(4);
  });

  it('附件2: one row per approved enterprise in the remit with its report, the missing ones marked', async () => {
    const sheet = await workbook(
      `/supervision/progress/monthly/attachment-2.xlsx?month=${month}`,
      w.regulatorIn,
    );
    expect(sheet.getCell('A1').value).toBe('“双控机制”建设进展情况月报表');
    expect(sheet.getCell('E3').value).toBe('组织实施');
    expect(sheet.getCell('E4').value).toBe('领导小组及推进团队');
    expect(sheet.getCell('H3').value).toBe('风险辨识管控');
    const rows = [5, 6, 7].map((r) => sheet.getRow(r).values as unknown[]);
    const byName = new Map(rows.map((v) => [v[2], v]));
    expect([...byName.keys()].sort()).toEqual(['宏达化工', '白石燃气', '远方化工'].sort());
    expect(byName.get('宏达化工')!.slice(5, 9)).toEqual(['是', '是', '2/45', 1]);
    expect(byName.get('宏达化工')![22]).toBe('已审核');
    expect(byName.get('远方化工')![22]).toBe('未报送');
    const gas = await workbook(`/supervision/progress/monthly/attachment-2.xlsx?month=${month}`, gasDept);
    expect(gas.getRow(5).getCell(2).value).toBe('白石燃气');
    expect(gas.rowCount).toBe(5);
  });
});
