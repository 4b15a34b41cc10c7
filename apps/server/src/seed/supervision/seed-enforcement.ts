import type { FastifyInstance } from 'fastify';
import { addDays, shanghaiCivilDate } from '../../platform/calendar/index.ts';
import type { Db } from '../seed-database.ts';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { EMERGENCY_BUREAU_KEY } from '../demo-county/regulators.ts';
import { demoIds } from '../demo-ids.ts';
import { SeedClient, type SeedSession } from '../risk/seed-client.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

type Person = { userId: string; name: string };
type Candidates = {
  data: { enterprises: { enterpriseId: string }[]; inspectors: Person[]; experts: Person[] };
};
type DrawDetail = {
  data: {
    id: string;
    picks: { enterpriseId: string; enterpriseName: string; inspectionId: string | null }[];
  };
};

const E = '/supervision/enforcement';

/**
 * The emergency bureau's enforcement year, made through the API as its people would: the plan by
 * tier set by the bureau's head; the 工贸 pools filed in January; a conflict of interest; a random
 * draw from a published seed whose inspections are recorded (a finding that became a hazard, a
 * fine) and published, one still to do; a key inspection of 宏达化工 whose order is in its 隐患台账;
 * an expert inspection of a key enterprise; and a blacklist with a published quarter and a removal.
 */
export async function seedDemoEnforcement(
  app: FastifyInstance,
  db: Db,
  options: SupervisionSeedOptions,
): Promise<void> {
  const client = new SeedClient(app);
  const today = shanghaiCivilDate(options.now);
  const year = Number(today.slice(0, 4));
  const admin = demoCounty.users.find(
    (u) => u.regulatorKey === EMERGENCY_BUREAU_KEY && u.roles.includes('regulatorAdmin'),
  );
  if (!admin) throw new Error('demo: the emergency bureau has no admin');
  const head = await client.login(admin.username, DEMO_PASSWORD);
  const yingji = await client.login('yingji', DEMO_PASSWORD);
  const call = <T>(s: SeedSession, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    client.call<T>(s, method, url, body);

  await call(head, 'PUT', `${E}/plan`, {
    year,
    frequencies: { major: 4, significant: 2, general: 1, low: 1 },
    randomSharePercent: 70,
    note: '依据《青溪县安全生产分级分类监管办法》，双随机抽查不低于计划检查的70%。',
  });

  const everyone = await call<Candidates>(yingji, 'GET', `${E}/pool-candidates`);
  const inspectors = everyone.data.inspectors;
  const experts = everyone.data.experts;
  const yingjiId = demoIds.user('yingji');
  const colleague = inspectors.find((p) => p.userId !== yingjiId);
  if (!colleague) throw new Error('demo: the emergency bureau needs two inspectors');

  // 备案 in January: the pools are built and filed through the API, then dated as they were.
  const pool = await call<{ data: { id: string } }>(yingji, 'POST', `${E}/pools`, {
    year,
    name: `${year}年度工贸企业“双随机”抽查名录库`,
    filters: { industryCodes: ['industry_trade'], scales: [], levels: [] },
    inspectorIds: inspectors.map((p) => p.userId),
    expertIds: experts.map((p) => p.userId),
  });
  await call(yingji, 'POST', `${E}/pools/${pool.data.id}/file`);
  await db
    .updateTable('inspectionPools')
    .set({
      createdAt: new Date(`${year}-01-15T02:00:00Z`),
      filedAt: new Date(`${year}-01-22T02:00:00Z`),
      isFiledLate: false,
    })
    .where('id', '=', pool.data.id)
    .execute();

  const foundry = demoIds.enterprise('hengtong-foundry');
  const firstExpert = experts[0];
  if (firstExpert)
    await call(yingji, 'POST', `${E}/conflicts`, {
      enterpriseId: foundry,
      inspectorId: firstExpert.userId,
      reason: '近三年曾为该企业提供安全评价服务',
    });

  const seed = `QX${year}-GM-01`;
  const made = await call<{ data: { id: string } }>(yingji, 'POST', `${E}/draws`, {
    poolId: pool.data.id,
    title: `${year}年第一批工贸企业双随机抽查`,
    count: 4,
    seed,
    excludeMonths: 12,
    withExpert: experts.length > 0,
  });
  const draw = await call<DrawDetail>(yingji, 'GET', `${E}/draws/${made.data.id}`);
  const picks = draw.data.picks;
  const rec = (enterpriseId: string, id: string, body: object) =>
    call(yingji, 'POST', `${E}/inspections/${enterpriseId}/${id}/record`, body);
  const publish = (enterpriseId: string, id: string) =>
    call(yingji, 'POST', `${E}/inspections/${enterpriseId}/${id}/publish`);

  const [first, second, third] = picks;
  if (first?.inspectionId) {
    await rec(first.enterpriseId, first.inspectionId, {
      inspectedOn: addDays(today, -34),
      summary: '检查粉尘防爆、有限空间作业和特种作业人员持证情况，发现问题1项，已责令限期整改。',
      findings: [
        {
          description: '除尘系统未按规定设置锁气卸灰装置，灰斗积灰未及时清理',
          legalBasis: '《工贸企业粉尘防爆安全规定》第十四条',
          grade: 'general',
          orderNo: `青应急责改〔${year}〕21号`,
          rectifyWithinWorkingDays: 15,
        },
      ],
    });
    await publish(first.enterpriseId, first.inspectionId);
  }
  if (second?.inspectionId) {
    await rec(second.enterpriseId, second.inspectionId, {
      inspectedOn: addDays(today, -27),
      summary: '检查安全生产责任制和隐患排查治理台账，发现未如实记录隐患排查治理情况，依法予以处罚。',
      findings: [],
    });
    await call(yingji, 'POST', `${E}/penalties`, {
      enterpriseId: second.enterpriseId,
      inspectionId: second.inspectionId,
      kind: 'fine',
      amountFen: 2_000_000,
      decisionNo: `青应急罚〔${year}〕17号`,
      decidedAt: addDays(today, -20),
      legalBasis: '《安全生产法》第九十七条第（五）项',
      description: '未将事故隐患排查治理情况如实记录',
    });
    await publish(second.enterpriseId, second.inspectionId);
  }
  if (third?.inspectionId) {
    await rec(third.enterpriseId, third.inspectionId, {
      inspectedOn: addDays(today, -12),
      summary: '检查企业双重预防机制运行情况，未发现问题。',
      findings: [],
    });
    await publish(third.enterpriseId, third.inspectionId);
  }
  await db
    .updateTable('randomDraws')
    .set({ drawnAt: new Date(`${year}-03-05T02:00:00Z`) })
    .where('id', '=', made.data.id)
    .execute();

  // 重点检查 of 宏达化工 by yingji and a colleague: the order is in the enterprise's 隐患台账.
  const hongda = demoIds.enterprise('hongda-chemical');
  const key = await call<{ data: { id: string } }>(yingji, 'POST', `${E}/inspections`, {
    enterpriseId: hongda,
    kind: 'key',
    inspectorIds: [yingjiId, colleague.userId],
    plannedOn: addDays(today, -22),
  });
  await rec(hongda, key.data.id, {
    inspectedOn: addDays(today, -21),
    summary: '对重大危险源罐区和装卸站台开展重点检查，发现问题1项，已下达责令限期整改指令书。',
    findings: [
      {
        description: '罐区可燃气体检测报警器未按期检定，部分探头检定证书过期',
        legalBasis: '《危险化学品重大危险源监督管理暂行规定》第十三条',
        grade: 'general',
        orderNo: `青应急责改〔${year}〕25号`,
        rectifyWithinWorkingDays: 10,
      },
    ],
  });
  await publish(hongda, key.data.id);

  // 专家检查 of a key enterprise, with an expert and an agency; others remain to be scheduled.
  if (firstExpert)
    await call(yingji, 'POST', `${E}/inspections`, {
      enterpriseId: demoIds.enterprise('ruifeng-materials'),
      kind: 'expert',
      inspectorIds: [yingjiId],
      expertIds: [firstExpert.userId],
      agencyName: '江宁安科安全技术咨询有限公司',
      plannedOn: addDays(today, 7),
    });

  // 黑名单: two entries decided last quarter and published with it, one removed after credit repair.
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const last = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  const lastQuarterDay = `${last.year}-${String(last.quarter * 3 - 1).padStart(2, '0')}-15`;
  const entries = [
    {
      key: 'hekou-wood',
      reason: '拒不执行责令停产停业整顿决定，擅自组织生产',
      decisionNo: `青应急失信〔${last.year}〕3号`,
    },
    {
      key: 'shuanghe-concrete',
      reason: '存在重大事故隐患，逾期未整改且拒不执行监管指令',
      decisionNo: `青应急失信〔${last.year}〕4号`,
    },
    {
      key: 'taoyuan-tea',
      reason: '瞒报一般生产安全事故',
      decisionNo: `青应急失信〔${last.year}〕2号`,
    },
  ];
  const ids: Record<string, string> = {};
  for (const e of entries) {
    const res = await call<{ data: { id: string } }>(yingji, 'POST', '/supervision/blacklist', {
      enterpriseId: demoIds.enterprise(e.key),
      legalBasis: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第七条',
      reason: e.reason,
      decisionNo: e.decisionNo,
      decidedOn: lastQuarterDay,
    });
    ids[e.key] = res.data.id;
  }
  const removed = ids['taoyuan-tea'];
  if (removed)
    await call(
      yingji,
      'POST',
      `/supervision/blacklist/${demoIds.enterprise('taoyuan-tea')}/${removed}/remove`,
      {
        reason: '已完成信用修复，整改验收合格，经局务会研究同意移出',
      },
    );
  await call(yingji, 'POST', '/supervision/blacklist/publications', last);
}
