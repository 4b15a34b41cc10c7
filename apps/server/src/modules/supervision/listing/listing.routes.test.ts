import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import { buildUser } from '../../../../test/factories.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let agency: Session;
let agencyUserId: string;
let otherAgency: Session;
let today: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const a = await buildUser(w.t.db, { roles: ['agency'], name: '青溪安评中心 评价师' });
  agencyUserId = a.id;
  agency = await loginAs(w.t.app, a.username);
  otherAgency = await loginAs(w.t.app, (await buildUser(w.t.db, { roles: ['agency'] })).username);
  today = shanghaiCivilDate();
});

const inDays = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A major hazard as the hazard module leaves it (its own lifecycle is tested there). */
async function majorHazard(
  state: 'rectifying' | 'handedOver' = 'rectifying',
  grade: 'major' | 'general' = 'major',
) {
  const id = randomUUID();
  await w.t.db
    .insertInto('hazards')
    .values({
      enterpriseId: w.ent.id,
      id,
      name: `液氯储罐区未设置泄漏报警 ${id.slice(0, 4)}`,
      description: '液氯储罐区有毒气体报警仪缺失',
      dangerSrc: 1,
      grade,
      state,
      registeredAt: new Date(),
      deadline: inDays(30),
    })
    .execute();
  return id;
}

async function setHazardState(id: string, state: 'handedOver' | 'rectifying') {
  await w.t.db.updateTable('hazards').set({ state }).where('id', '=', id).execute();
}

const listingBody = (hazardId: string, extra: object = {}) => ({
  enterpriseId: w.ent.id,
  hazardId,
  authority: 'department',
  authorityName: '青溪县应急管理局',
  documentNo: '青应急督〔2026〕3号',
  requirements: '立即停用液氯储罐区，增设有毒气体泄漏报警仪并与紧急切断联锁。',
  deadline: { kind: 'workingDays', days: 20 },
  published: true,
  ...extra,
});

async function list(hazardId: string) {
  const res = await req(w.regulatorIn, 'POST', '/supervision/listings', listingBody(hazardId));
  expect(res.statusCode).toBe(201);
  return res.json().data.id as string;
}

/** A PDF as the agency uploads it. */
async function uploadReport(s: Session, listingId: string) {
  const boundary = 'listingboundary';
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="评估报告.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return w.t.app.inject({
    method: 'POST',
    url: `/api/v1/supervision/listings/${listingId}/evaluation-report`,
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

const detail = async (id: string, s: Session = w.regulatorIn) => {
  const res = await req(s, 'GET', `/supervision/listings/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json().data;
};

const evaluation = (reportFileId: string, passed: boolean) => ({
  agencyName: '青溪安评中心',
  evaluators: '王工、李工',
  evaluatedOn: today,
  passed,
  conclusion: passed ? '整改措施落实到位，隐患已消除。' : '报警仪未与紧急切断联锁。',
  ...(passed ? {} : { reasons: '联锁未投用' }),
  reportFileId,
});

describe('listing a major hazard', () => {
  it('lists one in remit, with the deadline in working days, and tells the enterprise', async () => {
    const hazardId = await majorHazard();
    const id = await list(hazardId);
    const d = await detail(id);
    const calendar = await getWorkingDayCalendar(w.t.db);
    expect(d).toMatchObject({
      state: 'rectifying',
      deadline: calendar.addWorkingDays(today, 20),
      deadlineWorkingDays: 20,
      due: { workingDaysLeft: 20, overdueDays: null },
      hazard: { id: hazardId, state: 'rectifying' },
    });
    expect(d.abilities).toMatchObject({ requestEvaluation: false, recordVerification: false, delist: false });
    const inbox = await w.t.db
      .selectFrom('notifications')
      .select('kind')
      .where('userId', '=', w.managerUser.id)
      .where('kind', '=', 'supervision.listing.listed')
      .execute();
    expect(inbox.length).toBeGreaterThan(0);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('supervision.hazard-listed');
    // The hazard's own page asks for its listings: the enterprise and the regulator get this one only.
    for (const s of [w.manager, w.regulatorIn]) {
      const ofHazard = (await req(s, 'GET', `/supervision/listings?hazardId=${hazardId}`)).json().data;
      expect(ofHazard.map((l: { id: string }) => l.id)).toEqual([id]);
    }
    const other = await majorHazard();
    expect((await req(w.manager, 'GET', `/supervision/listings?hazardId=${other}`)).json().data).toEqual([]);
    expect((await req(w.manager, 'GET', '/supervision/listings?hazardId=nope')).statusCode).toBe(400);
  });

  it('refuses general hazards, a second listing and a deadline not in the future', async () => {
    const general = await majorHazard('rectifying', 'general');
    const r1 = await req(w.regulatorIn, 'POST', '/supervision/listings', listingBody(general));
    expect(r1.json().error.code).toBe('LISTING_HAZARD_NOT_MAJOR');
    const major = await majorHazard();
    await list(major);
    const r2 = await req(w.regulatorIn, 'POST', '/supervision/listings', listingBody(major));
    expect([r2.statusCode, r2.json().error.code]).toEqual([409, 'LISTING_ALREADY_LISTED']);
    const r3 = await req(
      w.regulatorIn,
      'POST',
      '/supervision/listings',
      listingBody(await majorHazard(), { deadline: { kind: 'date', date: today } }),
    );
    expect([r3.statusCode, r3.json().error.field]).toEqual([400, 'body.deadline']);
    const r4 = await req(
      w.regulatorIn,
      'POST',
      '/supervision/listings',
      listingBody(major, { documentNo: '' }),
    );
    expect([r4.statusCode, r4.json().error.field]).toEqual([400, 'body.documentNo']);
  });

  it('keeps outsiders out: out-of-remit regulators, other enterprises and enterprises themselves', async () => {
    const hazardId = await majorHazard();
    const out = await req(w.regulatorOut, 'POST', '/supervision/listings', listingBody(hazardId));
    expect(out.statusCode).toBe(404);
    const own = await req(w.manager, 'POST', '/supervision/listings', listingBody(hazardId));
    expect(own.statusCode).toBe(403);
    const id = await list(hazardId);
    for (const s of [w.regulatorOut, w.otherManager, agency]) {
      expect((await req(s, 'GET', `/supervision/listings/${id}`)).statusCode).toBe(404);
      expect(
        (
          await req(s, 'POST', `/supervision/listings/${id}/verifications`, {
            verifiedOn: today,
            inspectors: '张三',
            passed: true,
            conclusion: '合格',
          })
        ).statusCode,
      ).toBe(404);
    }
    const outList = await req(w.regulatorOut, 'GET', '/supervision/listings');
    expect(outList.json().data.map((l: { id: string }) => l.id)).not.toContain(id);
    const otherList = await req(w.otherManager, 'GET', '/supervision/listings');
    expect(otherList.json().data).toEqual([]);
    const ownList = await req(w.manager, 'GET', '/supervision/listings');
    expect(ownList.json().data.map((l: { id: string }) => l.id)).toContain(id);
  });
});

describe('from rectification to delisting', () => {
  it('runs evaluation (failed, then passed), verification and delisting, each by its own actor', async () => {
    const hazardId = await majorHazard();
    const id = await list(hazardId);
    const ask = { agencyUserId };

    // Not rectified yet: the evaluation cannot be asked for.
    const early = await req(w.manager, 'POST', `/supervision/listings/${id}/evaluation-request`, ask);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'LISTING_HAZARD_NOT_RECTIFIED']);
    await setHazardState(hazardId, 'handedOver');
    expect((await detail(id, w.manager)).abilities.requestEvaluation).toBe(true);
    // The regulator and a worker do not ask for the evaluation; an unknown agency is refused.
    expect(
      (await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/evaluation-request`, ask)).statusCode,
    ).toBe(403);
    expect(
      (await req(w.worker, 'POST', `/supervision/listings/${id}/evaluation-request`, ask)).statusCode,
    ).toBe(403);
    const wrong = await req(w.manager, 'POST', `/supervision/listings/${id}/evaluation-request`, {
      agencyUserId: w.managerUser.id,
    });
    expect(wrong.json().error.field).toBe('body.agencyUserId');

    const asked = await req(w.manager, 'POST', `/supervision/listings/${id}/evaluation-request`, ask);
    expect(asked.statusCode).toBe(200);
    const calendar = await getWorkingDayCalendar(w.t.db);
    expect(asked.json().data).toMatchObject({
      state: 'evaluating',
      evaluationDue: calendar.addWorkingDays(today, 10),
      evaluationDueChip: { workingDaysLeft: 10 },
    });

    // Only the commissioned agency sees it and records the evaluation.
    expect((await req(otherAgency, 'GET', `/supervision/listings/${id}`)).statusCode).toBe(404);
    const agencyList = await req(agency, 'GET', '/supervision/listings');
    expect(agencyList.json().data.map((l: { id: string }) => l.id)).toEqual([id]);
    const agencyView = await detail(id, agency);
    expect(agencyView.abilities).toMatchObject({ recordEvaluation: true, recordVerification: false });
    expect((await uploadReport(w.regulatorIn, id)).statusCode).toBe(403);
    const upload = await uploadReport(agency, id);
    expect(upload.statusCode).toBe(201);
    const fileId = upload.json().data.id as string;
    expect(
      (await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/evaluations`, evaluation(fileId, true)))
        .statusCode,
    ).toBe(403);
    const noReasons = await req(agency, 'POST', `/supervision/listings/${id}/evaluations`, {
      ...evaluation(fileId, false),
      reasons: undefined,
    });
    expect([noReasons.statusCode, noReasons.json().error.field]).toEqual([400, 'body.reasons']);

    const failed = await req(
      agency,
      'POST',
      `/supervision/listings/${id}/evaluations`,
      evaluation(fileId, false),
    );
    expect(failed.statusCode).toBe(200);
    expect(failed.json().data).toMatchObject({ state: 'rectifying', returns: 1 });

    await req(w.manager, 'POST', `/supervision/listings/${id}/evaluation-request`, {
      ...ask,
      note: '联锁已投用',
    });
    const second = (await uploadReport(agency, id)).json().data.id as string;
    const passed = await req(
      agency,
      'POST',
      `/supervision/listings/${id}/evaluations`,
      evaluation(second, true),
    );
    expect(passed.json().data).toMatchObject({ state: 'verifying' });
    expect(passed.json().data.evaluations.map((e: { passed: boolean }) => e.passed)).toEqual([false, true]);
    // The agency's report is reachable through the listing, the enterprise's photos are not.
    const report = await req(agency, 'GET', `/supervision/listings/${id}/evaluation-report/${second}`);
    expect([report.statusCode, report.headers['content-type']]).toEqual([200, 'application/pdf']);

    // The agency records evaluations only.
    const agencyVerify = await req(agency, 'POST', `/supervision/listings/${id}/verifications`, {
      verifiedOn: today,
      inspectors: '王工',
      passed: true,
      conclusion: '合格',
    });
    expect(agencyVerify.statusCode).toBe(403);
    const verified = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/verifications`, {
      verifiedOn: today,
      inspectors: '应急局 张伟、刘洋',
      passed: true,
      conclusion: '现场核查：报警仪与紧急切断联锁投用，隐患消除。',
    });
    expect(verified.json().data).toMatchObject({ state: 'verified', abilities: { delist: true } });
    const delisted = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/delisting`, {
      notice: '经第三方评估和现场核查，该重大事故隐患已整改消除，予以摘牌。',
    });
    expect(delisted.json().data).toMatchObject({
      state: 'delisted',
      delistingNotice: expect.stringContaining('摘牌'),
    });
    const again = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/delisting`, {
      notice: '再次',
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'LISTING_INVALID_TRANSITION']);

    // The public list: no sign-in, published facts only.
    const pub = await req(null, 'GET', '/public/listed-hazards');
    expect(pub.statusCode).toBe(200);
    const line = pub.json().data.find((l: { id: string }) => l.id === id);
    expect(line).toMatchObject({ state: 'delisted', delistedOn: today, documentNo: '青应急督〔2026〕3号' });
    expect(Object.keys(line).sort()).toEqual(
      [
        'authorityName',
        'delistedOn',
        'delistingNotice',
        'deadline',
        'documentNo',
        'enterpriseName',
        'exposureNotice',
        'hazardName',
        'id',
        'listedOn',
        'state',
      ].sort(),
    );
  });

  it('a failed verification returns it to rectification', async () => {
    const hazardId = await majorHazard('handedOver');
    const id = await list(hazardId);
    await req(w.manager, 'POST', `/supervision/listings/${id}/evaluation-request`, { agencyUserId });
    const fileId = (await uploadReport(agency, id)).json().data.id as string;
    await req(agency, 'POST', `/supervision/listings/${id}/evaluations`, evaluation(fileId, true));
    const res = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/verifications`, {
      verifiedOn: today,
      inspectors: '张伟',
      passed: false,
      conclusion: '现场联锁未投用',
    });
    expect(res.json().data).toMatchObject({ state: 'rectifying', returns: 1 });
  });
});

describe('a missed deadline', () => {
  it('escalates: overdue shown, interviews recorded, exposure decided once and published', async () => {
    const id = await list(await majorHazard());
    const interview = {
      heldOn: today,
      attendees: '企业主要负责人、应急局副局长',
      content: '逾期未整改',
      commitments: '十日内完成',
    };
    const early = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/interviews`, interview);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'LISTING_NOT_OVERDUE']);

    await w.t.db
      .updateTable('supervisionHazardListings')
      .set({ deadline: inDays(-3) })
      .where('id', '=', id)
      .execute();
    const d = await detail(id);
    expect(d).toMatchObject({
      overdue: true,
      due: { overdueDays: 3 },
      abilities: { recordInterview: true, expose: true },
    });
    expect((await detail(id, w.manager)).abilities.recordInterview).toBe(false);
    const overdueList = await req(w.regulatorIn, 'GET', '/supervision/listings?filter=overdue');
    expect(overdueList.json().data.map((l: { id: string }) => l.id)).toContain(id);

    const held = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/interviews`, interview);
    expect(held.json().data.interviewRecords).toHaveLength(1);
    const exposed = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/exposure`, {
      notice: '逾期未整改，予以曝光',
    });
    expect(exposed.json().data).toMatchObject({ exposed: true, exposureNotice: '逾期未整改，予以曝光' });
    const twice = await req(w.regulatorIn, 'POST', `/supervision/listings/${id}/exposure`, {
      notice: '再次曝光',
    });
    expect(twice.json().error.code).toBe('LISTING_ALREADY_EXPOSED');
    const pub = await req(null, 'GET', '/public/listed-hazards');
    expect(pub.json().data.find((l: { id: string }) => l.id === id)).toMatchObject({
      state: 'listed',
      exposureNotice: '逾期未整改，予以曝光',
    });

    const todos = await req(w.regulatorIn, 'GET', '/todos');
    expect(todos.json().data.map((t: { key: string }) => t.key)).toContain('listingsOverdue');
  });
});
