import { riskColorHex, riskLevelRank, type RiskLevel } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildOrgUnit, buildUser } from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { cellsFrom, registerColumns, type RegisterCells } from './register-columns.ts';

let t: TestApp;
let a: { id: string };
let b: { id: string };
let managerA: Session;
let managerB: Session;
let worker: Session;
let outsider: Session;

/** An enterprise with the department and person that the sample lines name. */
async function staffed(name: string) {
  const ent = await buildEnterprise(t.db, { name });
  await buildOrgUnit(t.db, ent.id, 'workshop', { name: '储运车间' });
  await buildUser(t.db, { roles: ['worker'], enterpriseId: ent.id, name: '张三' });
  return ent;
}

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  a = await staffed('宏达化工有限公司');
  b = await staffed('新港石化有限公司');
  const other = await buildEnterprise(t.db);
  managerA = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: a.id })).username,
  );
  managerB = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: b.id })).username,
  );
  worker = await loginAs(t.app, (await buildUser(t.db, { roles: ['worker'], enterpriseId: a.id })).username);
  outsider = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: other.id })).username,
  );
});

const sample: Partial<RegisterCells>[] = [
  {
    objectCode: 'QG-01',
    objectName: '甲类储罐区',
    unitCode: 'QG-01-T101',
    unitName: 'T-101 汽油储罐',
    eventName: '储罐泄漏引发火灾爆炸',
    factors: '2 物的因素',
    inherentMethod: 'LEC',
    inherentInputs: 'L=6;E=6;C=40',
    residualMethod: 'LS',
    residualInputs: 'L=2;S=4',
    accidentTypes: '火灾、其他爆炸',
    controlMeasures: '【管理控制】每班巡检两次\n【工程控制】可燃气体报警与紧急切断联锁',
    emergencyMeasures: '关闭进出料阀门',
    controlTier: '车间',
    responsibleUnit: '储运车间',
    responsibleUser: '张三',
  },
  {
    objectCode: 'QG-01',
    objectName: '甲类储罐区',
    unitCode: 'QG-01-T101',
    unitName: 'T-101 汽油储罐',
    eventName: '检修作业中毒窒息',
    inherentLevel: '较大',
    residualLevel: '一般',
    accidentTypes: '中毒和窒息',
    controlMeasures: '【管理控制】作业票审批与气体检测',
  },
  {
    objectCode: 'ZX-01',
    objectName: '装卸站台',
    unitCode: 'ZX-01-01',
    unitName: '汽车装卸鹤位',
    eventName: '静电引发火灾',
    residualMethod: 'LS',
    residualInputs: 'L=1;S=2',
    inherentLevel: '一般',
    accidentTypes: '火灾',
  },
];

async function workbookOf(lines: Partial<RegisterCells>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('风险管控清单');
  sheet.addRow(['标题']);
  sheet.addRow(registerColumns.map((c) => c.header));
  for (const l of lines) sheet.addRow(registerColumns.map((c) => l[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(s: Session, enterpriseId: string, bytes: Buffer) {
  const boundary = '----sk-register-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="register.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${enterpriseId}/risk-register/import`,
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const rowsOf = async (s: Session, enterpriseId: string, query = '') =>
  (await get(s, `/api/v1/enterprises/${enterpriseId}/risk-register/rows?pageSize=500${query}`)).json();
const countObjects = async (enterpriseId: string) =>
  (await t.db.selectFrom('riskObjects').select('id').where('enterpriseId', '=', enterpriseId).execute())
    .length;

async function readWorkbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  const copy = new ArrayBuffer(body.byteLength);
  new Uint8Array(copy).set(body);
  await wb.xlsx.load(copy);
  return wb;
}

describe('register import', () => {
  it('imports nothing when any row is bad, and lists every bad cell', async () => {
    const bytes = await workbookOf([
      sample[0] ?? {},
      { ...sample[2], residualInputs: 'L=9;S=2', accidentTypes: '飞碟' },
      { objectCode: 'X' },
    ]);
    const res = await upload(managerA, a.id, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('RISK_IMPORT_INVALID');
    expect(res.json().error.rows).toEqual([
      { row: 4, column: '剩余风险评价参数', reason: expect.stringContaining('9 is not an allowed L value') },
      { row: 4, column: '事故类型', reason: '未知事故类型“飞碟”' },
      { row: 5, column: '风险对象', reason: '必填' },
      { row: 5, column: '单元编码', reason: '必填' },
      { row: 5, column: '辨识部位', reason: '必填' },
      { row: 5, column: '存在风险', reason: '必填' },
    ]);
    expect(await countObjects(a.id)).toBe(0);
  });

  it('refuses a sheet without the required columns, and a body that is not a file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['对象编码', '风险对象']);
    const res = await upload(managerA, a.id, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.json().error.rows).toEqual(
      expect.arrayContaining([{ row: 1, column: '单元编码', reason: '缺少此列' }]),
    );
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${a.id}/risk-register/import`,
      headers: managerA.headers,
      payload: {},
    });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().error.field).toBe('file');
  });

  it('imports a good workbook in one go and audits it once', async () => {
    const res = await upload(managerA, a.id, await workbookOf(sample));
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toEqual({ rows: 3, objectsCreated: 2, unitsCreated: 2, events: 3, measures: 4 });
    const unit = await t.db
      .selectFrom('riskUnits')
      .selectAll()
      .where('enterpriseId', '=', a.id)
      .where('code', '=', 'QG-01-T101')
      .executeTakeFirstOrThrow();
    expect(unit).toMatchObject({ status: 'draft', inherentLevel: 'major', controlTier: 'workshop' });
    // Objects take a kind from their names; emergency measures their national code.
    const objects = await t.db
      .selectFrom('riskObjects')
      .select(['name', 'kind'])
      .where('enterpriseId', '=', a.id)
      .orderBy('name')
      .execute();
    expect(objects).toEqual([
      { name: '甲类储罐区', kind: 'area' },
      { name: '装卸站台', kind: 'area' },
    ]);
    const emergency = await t.db
      .selectFrom('riskControlMeasures')
      .select(['classify1'])
      .where('enterpriseId', '=', a.id)
      .where('kind', '=', 'emergency')
      .execute();
    expect(emergency.every((m) => m.classify1 === '4')).toBe(true);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['action', 'after'])
      .where('enterpriseId', '=', a.id)
      .where('action', '=', 'risk.register-imported')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('is refused to a reader (403) and to an outsider (404)', async () => {
    const bytes = await workbookOf(sample);
    const byWorker = await upload(worker, a.id, bytes);
    expect(byWorker.statusCode).toBe(403);
    expect(byWorker.json().error.permission).toBe('risk.edit');
    expect((await upload(outsider, a.id, bytes)).statusCode).toBe(404);
  });
});

describe('register rows', () => {
  it('lists one row per event with the register columns', async () => {
    const body = await rowsOf(worker, a.id);
    expect(body.page.total).toBe(3);
    const fire = body.data.find((r: { eventName: string }) => r.eventName === '储罐泄漏引发火灾爆炸');
    expect(fire).toMatchObject({
      objectCode: 'QG-01',
      unitName: 'T-101 汽油储罐',
      factors: [{ code: '2', name: '物的因素' }],
      accidentTypes: ['火灾', '其他爆炸'],
      controlTier: 'workshop',
      responsibleUnitName: '储运车间',
      responsibleUserName: '张三',
      emergencyMeasures: ['关闭进出料阀门'],
      status: 'draft',
    });
    // Engineering controls come before administrative ones (hierarchy of controls).
    expect(fire.controlMeasures.map((m: { hierarchy: string }) => m.hierarchy)).toEqual([
      'engineering',
      'administrative',
    ]);
    expect(body.abilities).toEqual({ canImport: false, canExport: true });
  });

  it('filters and sorts', async () => {
    expect(
      (await rowsOf(worker, a.id, '&q=静电')).data.map((r: { eventName: string }) => r.eventName),
    ).toEqual(['静电引发火灾']);
    const general = await rowsOf(worker, a.id, '&level=general');
    expect(general.page.total).toBeGreaterThan(0);
    expect(general.data.every((r: { residualLevel: string }) => r.residualLevel === 'general')).toBe(true);
    expect((await rowsOf(worker, a.id, '&status=approved')).page.total).toBe(0);
    const rank = (l: RiskLevel | null) => (l ? riskLevelRank(l) : -1);
    const desc = (await rowsOf(worker, a.id, '&sort=level&order=desc')).data.map(
      (r: { residualLevel: RiskLevel | null }) => rank(r.residualLevel),
    );
    expect(desc).toEqual([...desc].sort((x, y) => y - x));
    const asc = (await rowsOf(worker, a.id, '&sort=level&order=asc')).data.map(
      (r: { residualLevel: RiskLevel | null }) => rank(r.residualLevel),
    );
    expect(asc).toEqual([...desc].reverse());
    const paged = (
      await get(worker, `/api/v1/enterprises/${a.id}/risk-register/rows?page=2&pageSize=2`)
    ).json();
    expect(paged.data).toHaveLength(1);
    expect((await get(outsider, `/api/v1/enterprises/${a.id}/risk-register/rows`)).statusCode).toBe(404);
  });
});

describe('register export', () => {
  it('writes a titled, frozen, colored workbook with the same rows', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${a.id}/risk-register/export.xlsx`,
      headers: worker.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = await readWorkbook(res.rawPayload);
    const sheet = wb.getWorksheet('风险管控清单');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getCell(1, 1).text).toMatch(
      /^宏达化工有限公司 风险管控清单（导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/,
    );
    expect(registerColumns.map((_, i) => sheet.getRow(2).getCell(i + 1).text)).toEqual(
      registerColumns.map((c) => c.header),
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.rowCount).toBe(5);
    const levelCol = registerColumns.findIndex((c) => c.key === 'residualLevel') + 1;
    const general = [3, 4, 5].map((r) => sheet.getRow(r).getCell(levelCol)).find((c) => c.text === '一般');
    const fill = general?.fill;
    expect(fill?.type === 'pattern' ? fill.fgColor?.argb : null).toBe(`FF${riskColorHex.yellow.slice(1)}`);
  });

  it('round-trips: export, import into another enterprise, same rows', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${a.id}/risk-register/export.xlsx`,
      headers: managerA.headers,
    });
    const res = await upload(managerB, b.id, exported.rawPayload);
    expect(res.statusCode).toBe(201);
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map(({ eventId: _e, unitId: _u, objectId: _o, ...rest }) => rest);
    expect(strip((await rowsOf(managerB, b.id)).data)).toEqual(strip((await rowsOf(managerA, a.id)).data));
  });
});

describe('import template', () => {
  it('has the headers, an example row that imports, and a sheet of codes', async () => {
    const res = await get(worker, '/api/v1/risk-register/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['风险管控清单', '代码表']);
    const codes = wb.getWorksheet('代码表');
    const texts: string[] = [];
    codes?.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts).toEqual(expect.arrayContaining(['重大', 'LEC', '物体打击', '【工程控制】', '车间']));
    const fresh = await staffed('模板测试企业');
    const manager = await loginAs(
      t.app,
      (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: fresh.id })).username,
    );
    const imported = await upload(manager, fresh.id, res.rawPayload);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().data.events).toBe(1);
  });
});

// Keeps cellsFrom in the import path honest: every column is read back by its header.
it('reads every column by its header', () => {
  expect(Object.keys(cellsFrom(() => ''))).toEqual(registerColumns.map((c) => c.key));
});
