import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { tinyPng } from '../../../../test/fixtures/images.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { loginAs, TEST_PASSWORD, type Session } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { readZip } from '../../../../test/zip-reader.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let principal: Session;
let closedId: string;
const png = tinyPng();

const inDays = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

async function upload(s: Session, bytes: Buffer): Promise<string> {
  const boundary = '----sk-archive-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="site.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await w.t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id as string;
}

async function step(s: Session, id: string, path: string, body: object) {
  const res = await req(s, 'POST', `${base}/${id}/${path}`, body);
  expect(res.statusCode, res.body).toBe(200);
}

const archive = (s: Session, query = '') =>
  w.t.app.inject({ method: 'GET', url: `/api/v1${base}/archive.zip${query}`, headers: s.headers });

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  base = `/enterprises/${w.ent.id}/hazards`;
  principal = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['enterprisePrincipal'], enterpriseId: w.ent.id })).username,
  );
  const object = await buildRiskObject(w.t.db, w.ent.id, { name: '液氯储罐区' });
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '液氯储罐', status: 'approved' });

  // One hazard through the whole loop, with a photo before and after and three signatures.
  const created = await req(w.worker, 'POST', base, {
    name: '液氯储罐区洗眼器<无水>',
    description: '洗眼器供水阀关闭',
    dangerSrc: 1,
    unitId: unit.id,
    beforePhotoIds: [await upload(w.worker, png)],
  });
  expect(created.statusCode, created.body).toBe(201);
  closedId = created.json().data.id;
  await step(w.manager, closedId, 'confirm', {
    grade: 'general',
    hazardType: 5,
    managementClassification: 2,
    occurrenceLink: 6,
    rectificationType: 'deadline',
    password: TEST_PASSWORD,
  });
  await step(w.manager, closedId, 'assign', {
    ownerUserId: w.workerUser.id,
    deadline: inDays(5),
    measures: '打开供水阀并铅封',
  });
  await step(w.worker, closedId, 'rectification', {
    afterPhotoIds: [await upload(w.worker, png)],
    note: '已打开并铅封',
    password: TEST_PASSWORD,
  });
  await step(w.manager, closedId, 'accept', { comment: '复查合格', password: TEST_PASSWORD });
  // And one still waiting to be confirmed.
  const open = await req(w.worker, 'POST', base, { name: '楼梯扶手松动', description: '二楼', dangerSrc: 1 });
  expect(open.statusCode, open.body).toBe(201);
});

afterAll(async () => {
  await w.t.app.close();
});

describe('一企一档 (the enterprise archive)', () => {
  it('holds the register, the three hazard lists and every hazard with its photos, page, data and signatures', async () => {
    const res = await archive(w.manager);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('一企一档-');
    const zip = readZip(res.rawPayload);
    const names = [...zip.keys()];
    for (const list of ['风险管控清单', '隐患排查清单', '隐患清单', '隐患整改清单', '隐患销号清单'])
      expect(names).toContain(`清单/${list}.xlsx`);
    expect(names).toContain('index.html');
    // Chinese names are flagged as UTF-8, so every unzip tool shows them as they are.
    expect(zip.get('index.html')?.utf8).toBe(false);
    expect(zip.get('清单/隐患清单.xlsx')?.utf8).toBe(true);

    const folders = names.filter((n) => n.endsWith('/隐患详情.html'));
    expect(folders).toHaveLength(2);
    const folder = folders.find((n) => n.includes('洗眼器'))!.replace('/隐患详情.html', '');
    // The name's markup characters cannot reach the path or the page as markup.
    expect(folder).toBe('隐患/0001-液氯储罐区洗眼器_无水_');
    expect(zip.get(`${folder}/照片/整改前-1.png`)?.data.equals(png)).toBe(true);
    expect(zip.get(`${folder}/照片/整改后-1.png`)?.data.equals(png)).toBe(true);

    const page = zip.get(`${folder}/隐患详情.html`)!.data.toString('utf8');
    expect(page).toContain('液氯储罐区洗眼器&lt;无水&gt;');
    expect(page).not.toContain('<无水>');
    expect(page).toContain('<img src="照片/整改前-1.png"');
    expect(page).toContain('已验收');
    expect(page.match(/✓ 一致/g)).toHaveLength(3);

    const embedded = /<script type="application\/json" id="hazard-data">(.*?)<\/script>/.exec(page)?.[1];
    expect(embedded).not.toContain('<');
    const data = JSON.parse(embedded!);
    expect(data).toMatchObject({
      id: closedId,
      name: '液氯储罐区洗眼器<无水>',
      state: 'closed',
      acceptanceComment: '复查合格',
    });
    expect(data.abilities).toBeUndefined();
    expect(data.signatures.map((s: { kind: string }) => s.kind)).toEqual([
      'confirm',
      'submitRectification',
      'accept',
    ]);

    const index = zip.get('index.html')!.data.toString('utf8');
    expect(index).toContain('隐患总数</th><td>2');
    expect(index).toContain('全部一致');
    expect(index).toContain(`href="${folder}/隐患详情.html"`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(zip.get('清单/隐患销号清单.xlsx')!.data as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells.some((c) => c.includes('洗眼器'))).toBe(true);
    expect(cells.some((c) => c.includes('楼梯扶手'))).toBe(false);
  });

  it('marks a signature whose content was changed after signing', async () => {
    const sig = await w.t.db
      .selectFrom('hazardSignatures')
      .select(['id', 'content'])
      .where('hazardId', '=', closedId)
      .where('kind', '=', 'accept')
      .executeTakeFirstOrThrow();
    await w.t.db
      .updateTable('hazardSignatures')
      .set({ content: JSON.stringify({ ...(sig.content as object), comment: '改过的意见' }) })
      .where('id', '=', sig.id)
      .execute();
    try {
      const zip = readZip((await archive(principal)).rawPayload);
      const page = [...zip.entries()].find(([n]) => n.endsWith('洗眼器_无水_/隐患详情.html'))![1];
      expect(page.data.toString('utf8')).toContain('✗ 内容已被改动');
      expect(zip.get('index.html')!.data.toString('utf8')).toContain('1 处签字内容已被改动');
    } finally {
      await w.t.db
        .updateTable('hazardSignatures')
        .set({ content: JSON.stringify(sig.content) })
        .where('id', '=', sig.id)
        .execute();
    }
  });

  it('covers the period asked for, by registration date', async () => {
    const none = readZip((await archive(w.manager, '?to=2000-12-31')).rawPayload);
    expect([...none.keys()].filter((n) => n.startsWith('隐患/'))).toEqual([]);
    expect(none.get('index.html')!.data.toString('utf8')).toContain('2000-12-31');
    const today = readZip((await archive(w.manager, `?from=${inDays(0)}&to=${inDays(0)}`)).rawPayload);
    expect([...today.keys()].filter((n) => n.endsWith('/隐患详情.html'))).toHaveLength(2);
  });

  it('notes a photo whose file is gone instead of failing the archive', async () => {
    const photo = await w.t.db
      .selectFrom('hazardPhotos')
      .select('fileId')
      .where('hazardId', '=', closedId)
      .where('kind', '=', 'after')
      .executeTakeFirstOrThrow();
    const file = await w.t.db
      .selectFrom('files')
      .select('storageKey')
      .where('id', '=', photo.fileId)
      .executeTakeFirstOrThrow();
    await w.t.db
      .updateTable('files')
      .set({ storageKey: `${w.ent.id}/gone/${photo.fileId}` })
      .where('id', '=', photo.fileId)
      .execute();
    try {
      const zip = readZip((await archive(w.manager)).rawPayload);
      const names = [...zip.keys()];
      expect(names.some((n) => n.endsWith('照片/整改后-1.png.缺失.txt'))).toBe(true);
      expect(names).toContain('index.html');
    } finally {
      await w.t.db
        .updateTable('files')
        .set({ storageKey: file.storageKey })
        .where('id', '=', photo.fileId)
        .execute();
    }
  });

  it('is the safety manager’s or the principal’s: refused to workers and regulators, hidden from outsiders', async () => {
    expect((await archive(principal)).statusCode).toBe(200);
    const abilities = async (s: Session) => (await req(s, 'GET', `${base}?limit=1`)).json().abilities.archive;
    expect(await abilities(w.manager)).toBe(true);
    expect(await abilities(w.worker)).toBe(false);
    const worker = await archive(w.worker);
    expect(worker.statusCode).toBe(403);
    expect((await archive(w.regulatorIn)).statusCode).toBe(403);
    expect((await archive(w.regulatorOut)).statusCode).toBe(404);
    expect((await archive(w.otherManager)).statusCode).toBe(404);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await archive(w.manager, '?from=2026-06-01&to=2026-05-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('querystring.to');
  });
});
