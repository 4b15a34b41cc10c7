import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { castOf, type EnterpriseCast } from '../risk/demo-people.ts';
import { SeedClient, type SeedSession } from '../risk/seed-client.ts';
import type { Db } from '../seed-database.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

const monthsBack = (now: Date, n: number) => {
  const d = new Date(now.getTime() + 8 * 3_600_000);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1));
  return m.toISOString().slice(0, 7);
};

const problems = [
  '部分岗位员工对风险辨识方法掌握不熟练；个别风险单元管控措施描述不够具体。',
  '夜班排查存在漏查；告知卡更新滞后于风险清单调整。',
  '新入职员工岗位培训尚未全部完成。',
];
const nextSteps = [
  '组织全员岗位培训，完善管控措施，按期完成月度排查。',
  '调整夜班排查任务分配，随清单变更及时重印告知卡。',
  '开展双控机制运行评估，对排查完成率低的班组督导整改。',
];

/**
 * Demo data of the build progress, through the API as the enterprises and regulators would: the
 * post cards (告知卡) printed by most registered enterprises (some partly, some not at all), and
 * the monthly reports (附件2) of the last three months — most submitted, some missing, the running
 * month's only partly in; 青溪县应急管理局 accepts the older ones and returns one for correction.
 * With the enterprises still pending approval and those without a published register, the
 * dashboard shows every stage.
 */
export async function seedDemoProgress(
  app: FastifyInstance,
  db: Db,
  options: SupervisionSeedOptions,
): Promise<void> {
  const client = new SeedClient(app);
  const casts = demoCounty.enterprises
    .filter((e) => e.status === 'approved')
    .map(castOf)
    .filter((c): c is EnterpriseCast => c !== null);
  const published = new Set(
    (await db.selectFrom('riskRegisterRevisions').select('enterpriseId').distinct().execute()).map(
      (r) => r.enterpriseId,
    ),
  );
  const withRegister = casts.filter((c) => published.has(c.enterpriseId));
  if (withRegister.length === 0) return;
  const yingji = await client.login('yingji', DEMO_PASSWORD);
  const months = [monthsBack(options.now, 2), monthsBack(options.now, 1), monthsBack(options.now, 0)];

  for (const [i, cast] of withRegister.entries()) {
    const sm = await client.login(cast.safetyManager.username, DEMO_PASSWORD);
    await printCards(client, sm, cast.enterpriseId, i % 4 === 3 ? 0 : i % 4 === 2 ? 0.5 : 1);
    for (const [k, month] of months.entries()) {
      // Every fifth enterprise reports nothing; others skip a month now and then; the running
      // month is in from a little over half of them.
      if (i % 5 === 4 || (i + k) % 6 === 5 || (k === 2 && i % 3 === 1)) continue;
      const report = await client.call<{ data: { id: string } }>(
        sm,
        'POST',
        `/enterprises/${cast.enterpriseId}/progress-reports`,
        {
          month,
          teamEstablished: true,
          rulesEstablished: i % 7 !== 6,
          trainingSessions: 1 + ((i + k) % 3),
          trainedPeople: 12 + ((i * 7 + k * 5) % 40),
          problems: problems[(i + k) % problems.length],
          nextSteps: nextSteps[(i + k) % nextSteps.length],
        },
      );
      const review = `/enterprises/${cast.enterpriseId}/progress-reports/${report.data.id}/review`;
      if (k === 0) await client.call(yingji, 'POST', review, { decision: 'accept', comment: '' });
      else if (k === 1 && i === 1)
        await client.call(yingji, 'POST', review, {
          decision: 'return',
          comment: '培训人次与培训记录不符，请核实后重新报送。',
        });
      else if (k === 1 && i % 2 === 0)
        await client.call(yingji, 'POST', review, { decision: 'accept', comment: '' });
    }
  }
}

/** Prints the post cards (岗位安全风险告知卡) of a share of the enterprise's posts, as the card page does. */
async function printCards(client: SeedClient, sm: SeedSession, enterpriseId: string, share: number) {
  if (share === 0) return;
  const posts = (
    await client.call<{ data: { postId: string }[] }>(
      sm,
      'GET',
      `/enterprises/${enterpriseId}/risk-cards/posts`,
    )
  ).data;
  const chosen = posts.slice(0, Math.ceil(posts.length * share) - (share < 1 && posts.length > 1 ? 1 : 0));
  for (const post of chosen) {
    const card = await client.call<{ data: { print: { contentHash: string } } }>(
      sm,
      'GET',
      `/enterprises/${enterpriseId}/posts/${post.postId}/risk-card`,
    );
    await client.call(sm, 'POST', `/enterprises/${enterpriseId}/posts/${post.postId}/card-prints`, {
      kind: 'post',
      contentHash: card.data.print.contentHash,
    });
  }
}
