import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { addDays, shanghaiCivilDate } from '../../platform/calendar/index.ts';
import { DEMO_AGENCY_NAME, DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { castOf } from '../risk/demo-people.ts';
import { SeedClient, type SeedSession } from '../risk/seed-client.ts';
import type { Db } from '../seed-database.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

/** The hazards the demo lists: the showcase's in treatment, and baishi-lpg's handed over. */
const NEAR_DEADLINE = {
  enterpriseKey: 'hongda-chemical',
  hazard: '甲醇/甲苯储罐组可燃气体检测报警器未按标准设置',
};
const DELISTED = { enterpriseKey: 'baishi-lpg', hazard: '全压力式液化石油气储罐未设置注水措施' };

/** A one-page PDF as an agency's scanned report would arrive (no binary lives in the repository). */
function reportPdf(title: string): Buffer {
  const text = `BT /F1 14 Tf 60 760 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * 挂牌督办 in the demo, made through the API as the people would: the county emergency bureau
 * (yingji) lists two major hazards — the showcase enterprise's gas detection hazard, in treatment
 * and near its deadline (4 working days), and baishi-lpg's handed-over water-injection hazard,
 * which its safety manager sends to evaluation, the agency (pingjia) evaluates with its report, the
 * bureau verifies on site and delists with a public notice.
 */
export async function seedDemoListing(
  app: FastifyInstance,
  db: Db,
  _options: SupervisionSeedOptions,
): Promise<void> {
  const client = new SeedClient(app);
  const hazardOf = async (enterpriseKey: string, name: string) => {
    const enterprise = demoCounty.enterprises.find((e) => e.key === enterpriseKey);
    const cast = enterprise ? castOf(enterprise) : null;
    if (!cast) return null;
    const hazard = await db
      .selectFrom('hazards')
      .select(['id', 'state'])
      .where('enterpriseId', '=', cast.enterpriseId)
      .where('name', '=', name)
      .where('grade', '=', 'major')
      .executeTakeFirst();
    return hazard ? { cast, hazard } : null;
  };
  const near = await hazardOf(NEAR_DEADLINE.enterpriseKey, NEAR_DEADLINE.hazard);
  const done = await hazardOf(DELISTED.enterpriseKey, DELISTED.hazard);
  // Seeded without the hazards (a partial seed): nothing to list.
  if (!near || !done) return;

  const yingji = await client.login('yingji', DEMO_PASSWORD);
  const list = (enterpriseId: string, hazardId: string, body: object) =>
    client.call<{ data: { id: string } }>(yingji, 'POST', '/supervision/listings', {
      enterpriseId,
      hazardId,
      published: true,
      ...body,
    });

  const nearListing = await list(near.cast.enterpriseId, near.hazard.id, {
    authority: 'department',
    authorityName: '青溪县应急管理局',
    documentNo: '青应急督〔2026〕7号',
    requirements:
      '一、罐组泵区立即补设可燃气体检测报警器，报警信号接入DCS和GDS；二、整改期间储罐降低液位运行，罐区禁止动火及其他作业；三、整改完成后委托第三方机构评估，并书面报告县应急管理局。',
    deadline: { kind: 'workingDays', days: 4 },
  });
  // Listed three and a half weeks ago with 20 working days: the same deadline, four days left.
  await db
    .updateTable('supervisionHazardListings')
    .set({ listedAt: sql`listed_at - interval '24 days'`, deadlineWorkingDays: 20 })
    .where('id', '=', nearListing.data.id)
    .execute();

  const listed = await list(done.cast.enterpriseId, done.hazard.id, {
    authority: 'county',
    authorityName: '青溪县人民政府',
    documentNo: '青政安督〔2026〕2号',
    requirements:
      '一、储罐按GB 50160增设注水措施；二、整改期间储罐限量储存，落实专人巡检；三、整改完成后委托具备资质的安全评价机构评估，经县应急管理局现场核查合格后摘牌。',
    deadline: { kind: 'workingDays', days: 20 },
  });
  const id = listed.data.id;
  const agencyUser = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'pingjia')
    .executeTakeFirstOrThrow();
  const manager = await client.login(done.cast.safetyManager.username, DEMO_PASSWORD);
  await client.call(manager, 'POST', `/supervision/listings/${id}/evaluation-request`, {
    agencyUserId: agencyUser.id,
    note: '注水管线已安装并完成注水试验，申请第三方评估',
  });
  const pingjia = await client.login('pingjia', DEMO_PASSWORD);
  const reportId = await uploadReport(
    app,
    pingjia,
    id,
    reportPdf('Evaluation report: LPG tank water injection'),
  );
  const today = shanghaiCivilDate(new Date());
  const evaluator = await db
    .selectFrom('users')
    .select('name')
    .where('username', '=', 'pingjia')
    .executeTakeFirstOrThrow();
  await client.call(pingjia, 'POST', `/supervision/listings/${id}/evaluations`, {
    agencyName: DEMO_AGENCY_NAME,
    evaluators: `${evaluator.name}（安全评价师）`,
    evaluatedOn: addDays(today, -16),
    passed: true,
    conclusion: '注水管线、双阀及止回阀设置符合GB 50160要求，注水试验合格，隐患已消除。',
    reportFileId: reportId,
  });
  await client.call(yingji, 'POST', `/supervision/listings/${id}/verifications`, {
    verifiedOn: addDays(today, -10),
    inspectors: '县应急管理局危化股 2 人',
    passed: true,
    conclusion: '现场核查：注水措施已投用，操作规程和巡检记录齐全，整改到位。',
  });
  await client.call(yingji, 'POST', `/supervision/listings/${id}/delisting`, {
    notice: `${done.cast.enterprise.name}“${DELISTED.hazard}”重大事故隐患，经第三方评估和县应急管理局现场核查，已整改到位，准予摘牌。`,
  });
  await backdateDelisted(db, id);
}

/**
 * The delisted case as it happened over two months, not in one afternoon: listed 45 days ago with
 * its 20 working days, the evaluation asked for 20 days ago and made in 4, verified 10 and delisted
 * 8 days ago. Made through the API today, then moved back in time together.
 */
async function backdateDelisted(db: Db, id: string) {
  await db
    .updateTable('supervisionHazardListings')
    .set({
      listedAt: sql`listed_at - interval '45 days'`,
      deadline: sql`deadline - 45`,
      evaluationRequestedAt: sql`evaluation_requested_at - interval '20 days'`,
      delistedAt: sql`delisted_at - interval '8 days'`,
    })
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('supervisionListingEvaluations')
    .set({ recordedAt: sql`recorded_at - interval '16 days'` })
    .where('listingId', '=', id)
    .execute();
  await db
    .updateTable('supervisionListingVerifications')
    .set({ recordedAt: sql`recorded_at - interval '10 days'` })
    .where('listingId', '=', id)
    .execute();
}

async function uploadReport(app: FastifyInstance, s: SeedSession, listingId: string, pdf: Buffer) {
  const boundary = 'shuangkonglisting';
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/supervision/listings/${listingId}/evaluation-report`,
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="安全评价报告.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  if (res.statusCode !== 201) throw new Error(`demo evaluation report: ${res.statusCode} ${res.body}`);
  return (res.json() as { data: { id: string } }).data.id;
}
