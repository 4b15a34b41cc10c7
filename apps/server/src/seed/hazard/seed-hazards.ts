import type { FastifyInstance } from 'fastify';
import { addDays } from '../../platform/calendar/index.ts';
import { appendAuditEvent } from '../../platform/audit/index.ts';
import { hazardsFromFindings, sweepOverdueHazards } from '../../modules/hazard/index.ts';
import { shanghaiDate } from '../../modules/inspection/index.ts';
import type { Db } from '../seed-database.ts';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { castOf, type EnterpriseCast } from '../risk/demo-people.ts';
import { SeedClient, type SeedSession } from '../risk/seed-client.ts';
import { drawSitePlan } from '../risk/site-plan-image.ts';
import { INSPECTION_HISTORY_IN } from '../inspection/seed-inspection-history.ts';

export type HazardSeedOptions = { enterpriseKeys?: readonly string[]; now?: Date };

type Found = { id: string; registeredAt: Date; registrantId: string | null; name: string };

const password = DEMO_PASSWORD;

/** A synthetic site photo (no binary lives in the repository): rust and grime before, clean after. */
function photo(kind: 'before' | 'after', seed: number): Buffer {
  const base: [number, number, number] = kind === 'before' ? [150, 92, 60] : [96, 140, 110];
  return drawSitePlan(160, 120, [
    { kind: 'rect', x: 0, y: 70, w: 160, h: 50, rgb: [120, 120, 118] },
    { kind: 'rect', x: 20 + (seed % 40), y: 20, w: 60, h: 60, rgb: base },
    {
      kind: 'circle',
      cx: 120,
      cy: 45,
      r: 18 + (seed % 6),
      rgb: kind === 'before' ? [180, 60, 40] : [200, 200, 196],
    },
  ]);
}

/**
 * Hazards in every state for the enterprises with inspection history, made as people make them:
 * the month's abnormal check answers become reported hazards through the subscriber, then the
 * safety manager, the owners, the unit lead and the principal take them through the API — older
 * ones closed, recent ones still in rectification or waiting for acceptance, the last days' still
 * to be confirmed — plus quick reports, a regulator's finding, rejections, a merge, a void, an
 * extension, a send-back and three major hazards at different points of their treatment.
 */
export async function seedDemoHazards(
  app: FastifyInstance,
  db: Db,
  options: HazardSeedOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const keys = options.enterpriseKeys ?? INSPECTION_HISTORY_IN;
  const client = new SeedClient(app);
  for (const enterprise of demoCounty.enterprises) {
    if (enterprise.status !== 'approved' || !keys.includes(enterprise.key)) continue;
    const cast = castOf(enterprise);
    if (cast) await seedEnterprise(client, db, cast, enterprise.key, now);
  }
  await sweepOverdueHazards(db, shanghaiDate(now));
}

async function seedEnterprise(
  client: SeedClient,
  db: Db,
  cast: EnterpriseCast,
  enterpriseKey: string,
  now: Date,
) {
  const enterpriseId = cast.enterpriseId;
  const base = `/enterprises/${enterpriseId}/hazards`;
  await deliverFindings(db, enterpriseId);
  const today = shanghaiDate(now);
  const people = await db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select(['users.id', 'users.username', 'userRoles.role'])
    .where('users.enterpriseId', '=', enterpriseId)
    .where('users.status', '=', 'active')
    .orderBy('users.username')
    .execute();
  const withRole = (role: string) => people.filter((p) => p.role === role);
  const worker = withRole('worker')[0];
  const lead = cast.unitLeads[0];
  if (!worker || !lead || !cast.principal) return;
  const sessions = new Map<string, SeedSession>();
  const as = async (username: string) => {
    let s = sessions.get(username);
    if (!s) {
      s = await client.login(username, password);
      sessions.set(username, s);
    }
    return s;
  };
  const sm = await as(cast.safetyManager.username);
  const principal = await as(cast.principal.username);
  const leadS = await as(lead.username);
  const workerS = await as(worker.username);
  const usernameOf = new Map(people.map((p) => [p.id, p.username]));
  const smId = people.find((p) => p.username === cast.safetyManager.username)!.id;
  let shot = 0;
  const upload = async (s: SeedSession, kind: 'before' | 'after') =>
    client.upload(s, kind === 'before' ? '现场照片.png' : '整改后照片.png', 'image/png', photo(kind, shot++));
  const post = <T = { data: { id: string } }>(s: SeedSession, path: string, body: unknown) =>
    client.call<T>(s, 'POST', `${base}${path}`, body);
  const confirm = (id: string, extra: object = {}) =>
    post(sm, `/${id}/confirm`, {
      grade: 'general',
      hazardType: 7,
      managementClassification: 2,
      occurrenceLink: 7,
      rectificationType: 'deadline',
      password,
      ...extra,
    });

  // ---- the month's inspection findings, by age ----
  const found: Found[] = await db
    .selectFrom('hazards')
    .select(['id', 'registeredAt', 'registrantId', 'name'])
    .where('enterpriseId', '=', enterpriseId)
    .where('state', '=', 'reported')
    .orderBy('registeredAt')
    .orderBy('id')
    .execute();
  for (const [i, h] of found.entries()) {
    const age = (now.getTime() - new Date(h.registeredAt).getTime()) / 86_400_000;
    if (age < 2) continue; // still waiting for the safety manager
    const ownerName = (h.registrantId && usernameOf.get(h.registrantId)) || worker.username;
    const ownerId = h.registrantId && usernameOf.has(h.registrantId) ? h.registrantId : worker.id;
    const owner = await as(ownerName);
    if (age >= 14 && i % 4 === 1) {
      // 即查即改 by the one who found it, accepted by the unit lead.
      await post(owner, `/${h.id}/fix-on-the-spot`, {
        afterPhotoIds: [await upload(owner, 'after')],
        note: '现场立即处理：紧固、清理并复查正常',
        password,
      });
      await post(ownerName === lead.username ? sm : leadS, `/${h.id}/accept`, {
        comment: '复查合格',
        password,
      });
      continue;
    }
    await confirm(h.id);
    await post(sm, `/${h.id}/assign`, {
      ownerUserId: ownerId,
      deadline: addDays(today, age >= 7 ? 1 + (i % 3) : 5 + (i % 5)),
      measures: '按设备维护规程检修或更换，完成后拍照上传并通知验收',
      cost: 200 + (i % 7) * 150,
    });
    if (age < 7) continue; // in rectification
    const acceptor = ownerId === smId ? leadS : sm;
    if (age < 14) {
      if (i % 3 === 0) {
        await post(owner, `/${h.id}/rectification`, {
          afterPhotoIds: [await upload(owner, 'after')],
          note: '已完成整改，请验收',
          password,
        });
      }
      continue;
    }
    await post(owner, `/${h.id}/rectification`, {
      afterPhotoIds: [await upload(owner, 'after')],
      note: '已更换/检修完毕，运行正常',
      actualCost: 180 + (i % 5) * 120,
      password,
    });
    await post(acceptor, `/${h.id}/accept`, { comment: '现场验收合格，同意销号', password });
  }

  // ---- reported by hand: quick reports, a regulator's finding and the rest of the lifecycle ----
  const units = await db
    .selectFrom('riskUnits')
    .select(['id', 'name'])
    .where('enterpriseId', '=', enterpriseId)
    .where('archivedAt', 'is', null)
    .orderBy('code')
    .execute();
  // A hazard sits on the unit it is about, or on none: never on an unrelated one.
  const unitNamed = (...keywords: string[]) =>
    units.find((u) => keywords.some((k) => u.name.includes(k)))?.id ?? null;
  const story = majorStories[enterpriseKey] ?? majorStories['hongda-chemical']!;
  const quick = await post(workerS, '/quick', {
    description: '消防通道被叉车和托盘占用，约3米长',
    photoIds: [await upload(workerS, 'before')],
    location: '成品库东侧消防通道',
  });
  await post(workerS, '/quick', {
    description: '更衣室插座有烧焦痕迹，插头发热',
    photoIds: [await upload(workerS, 'before')],
    location: '二楼男更衣室',
    reporterHidden: true,
  });
  const dup = await post(leadS, '/quick', {
    description: '东侧消防通道堆放托盘',
    photoIds: [await upload(leadS, 'before')],
    location: '成品库东侧',
  });
  await post(sm, `/${dup.data.id}/merge`, { intoHazardId: quick.data.id, reason: '同一处消防通道占用' });

  const notHazard = await post(workerS, '', {
    name: '办公楼三楼走廊灯不亮',
    description: '走廊两盏灯不亮，夜间较暗',
    dangerSrc: 10,
    location: '办公楼三楼',
  });
  await post(sm, `/${notHazard.data.id}/reject`, {
    reason: '属办公后勤维修事项，不构成安全生产事故隐患，已转行政部处理',
  });

  const mistaken = await post(leadS, '', {
    name: '1#冷却水泵出口压力表读数异常',
    description: '压力表读数偏低',
    dangerSrc: 1,
    unitId: unitNamed('泵', '冷却'),
  });
  await post(sm, `/${mistaken.data.id}/void`, { reason: '复核为仪表量程设置错误导致误报，现场压力正常' });

  const regulator = await post(sm, '', {
    name: '动火作业票签批不全',
    description:
      '县应急管理局执法检查发现：11月动火作业票3份缺少安全管理人员签批，气体分析时间超过30分钟未复测',
    cause: '作业票审批流程执行不严',
    dangerSrc: 10,
    foundBy: 'regulator',
    enforcementId: '青应急执〔2026〕118号',
    unitId: unitNamed('动火'),
  });
  await confirm(regulator.data.id, { hazardType: 1, managementClassification: 3, occurrenceLink: 6 });
  await post(sm, `/${regulator.data.id}/assign`, {
    ownerUserId: smId,
    deadline: addDays(today, 10),
    measures: '修订动火作业管理制度，组织特殊作业专项培训，对近三个月作业票全面复查',
    cost: 5000,
  });

  // Sent back once, then waiting for the owner again; and an extension waiting for a decision.
  const sentBack = await post(workerS, '', {
    name: '装车鹤管静电接地夹损坏',
    description: '2#装车位静电接地夹弹簧断裂，夹不紧',
    dangerSrc: 1,
    unitId: unitNamed('装卸', '装车', '液化石油气'),
  });
  await confirm(sentBack.data.id, { hazardType: 3 });
  await post(sm, `/${sentBack.data.id}/assign`, {
    ownerUserId: worker.id,
    deadline: addDays(today, 3),
    measures: '更换防爆型静电接地夹并检测接地电阻',
  });
  await post(workerS, `/${sentBack.data.id}/rectification`, {
    afterPhotoIds: [await upload(workerS, 'after')],
    note: '已更换接地夹',
    password,
  });
  await post(sm, `/${sentBack.data.id}/send-back`, {
    reason: '未提供接地电阻检测记录，请检测合格后重新提交',
  });

  const extension = await post(leadS, '', {
    name: '储罐区防火堤伸缩缝开裂',
    description: '防火堤东北角伸缩缝密封胶老化开裂约1.5米',
    dangerSrc: 4,
    unitId: unitNamed('甲醇', '液化石油气', '储罐'),
  });
  await confirm(extension.data.id, { hazardType: 6, occurrenceLink: 7 });
  await post(sm, `/${extension.data.id}/assign`, {
    ownerUserId: worker.id,
    deadline: addDays(today, 2),
    measures: '清理伸缩缝，采用耐火密封材料重新封堵',
    cost: 3000,
  });
  await post(workerS, `/${extension.data.id}/extensions`, {
    reason: '耐火密封胶需厂家调货，预计下周到货；期间已设置临时围挡并加强巡检',
    newDeadline: addDays(today, 12),
  });

  // ---- three major hazards: plan waiting for the principal, in treatment, handed over ----
  const planOf = (goal: string, measures: string, funds: number, days: number) => ({
    ownerUserId: smId,
    goal,
    measures,
    funds,
    organisation: '成立治理领导小组，主要负责人任组长，设备、生产、安全部门负责人为成员',
    deadline: addDays(today, days),
    contingency: story.contingency,
    protectiveMeasures: '治理期间降低液位运行，设置警戒区和警示标志，无关人员撤离，停止罐区内其他作业',
  });
  const major = async (m: MajorStory) => {
    const h = await post(sm, '', {
      name: m.name,
      description: m.description,
      dangerSrc: 3,
      unitId: unitNamed(...m.unit),
    });
    await confirm(h.data.id, {
      grade: 'major',
      majorCriterionKey: m.criterion,
      hazardType: 4,
      occurrenceLink: 1,
    });
    return h.data.id;
  };
  const waiting = await major(story.waiting);
  await post(sm, `/${waiting}/plan`, planOf(...story.waiting.plan));

  const treating = await major(story.treating);
  await post(sm, `/${treating}/plan`, planOf(...story.treating.plan));
  await post(principal, `/${treating}/plan/approve`, { comment: '同意，资金从安全生产费用列支', password });

  const handed = await major(story.handed);
  await post(sm, `/${handed}/plan`, planOf(...story.handed.plan));
  await post(principal, `/${handed}/plan/approve`, { comment: '同意', password });
  await post(sm, `/${handed}/rectification`, {
    afterPhotoIds: [await upload(sm, 'after')],
    note: story.handed.done,
    actualCost: 9800,
    evaluation: {
      by: '江苏安信安全评价有限公司',
      thirdParty: true,
      date: today,
      conclusion: story.handed.conclusion,
    },
    password,
  });
  await post(principal, `/${handed}/accept`, { comment: '同意验收', password });
  await post(sm, `/${handed}/hand-over`, { note: '治理完成，申请监管部门核查销号' });

  // ---- one overdue: the deadline set a week ago has passed (dates moved back as history) ----
  const late = await post(workerS, '', {
    name: '污水池护栏缺失',
    description: '污水处理站调节池北侧护栏缺失约4米，有坠落风险',
    dangerSrc: 1,
    unitId: unitNamed('污水'),
  });
  await confirm(late.data.id, { hazardType: 1, occurrenceLink: 7 });
  await post(sm, `/${late.data.id}/assign`, {
    ownerUserId: worker.id,
    deadline: today,
    measures: '恢复护栏并设置警示标志',
    cost: 1500,
  });
  const lateDeadline = addDays(today, -6);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hazards')
      .set({ deadline: lateDeadline })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', late.data.id)
      .execute();
    await appendAuditEvent(
      trx,
      { actorId: null, actorName: 'demo seed', requestId: null, ip: null },
      {
        enterpriseId,
        action: 'hazard.demo-deadline-backdated',
        entityType: 'hazard',
        entityId: late.data.id,
        before: { deadline: today },
        after: { deadline: lateDeadline },
      },
    );
  });
}

type MajorStory = {
  name: string;
  description: string;
  /** A key of majorHazardCriteria. */
  criterion: string;
  /** Words of the unit's name it sits on. */
  unit: string[];
  /** Goal, measures, funds (yuan), days to the deadline. */
  plan: [string, string, number, number];
};
type MajorStories = {
  contingency: string;
  waiting: MajorStory;
  treating: MajorStory;
  handed: MajorStory & { done: string; conclusion: string };
};

/** Each enterprise's three major hazards, true to what it stores and runs. */
const majorStories: Record<string, MajorStories> = {
  'hongda-chemical': {
    contingency: '执行《液氯泄漏专项应急预案》，应急物资在罐区东侧应急柜，碱液吸收装置保持备用',
    waiting: {
      name: '液氯储罐区未实现紧急切断功能',
      description: '构成二级重大危险源的液氯储罐出料管线仅有手动阀门，未设置紧急切断阀',
      criterion: 'chem-2017-5',
      unit: ['液氯'],
      plan: [
        '加装紧急切断阀并与有毒气体报警联锁',
        '出料管线加装气动紧急切断阀，接入SIS系统，与有毒气体检测报警联锁',
        260000,
        45,
      ],
    },
    treating: {
      name: '甲醇/甲苯储罐组可燃气体检测报警器未按标准设置',
      description: '甲醇/甲苯储罐组泵区未设置可燃气体检测报警器，防火堤内部分探头安装高度不符合标准',
      criterion: 'chem-2017-12',
      unit: ['甲醇', '甲苯'],
      plan: [
        '按GB/T 50493补齐可燃气体检测报警系统',
        '新增探测器6台，调整安装高度，报警信号接入DCS和GDS',
        86000,
        30,
      ],
    },
    handed: {
      name: '氯化反应釜安全阀未正常投用',
      description: '氯化反应釜顶部安全阀前切断阀处于关闭状态，安全阀未投用',
      criterion: 'chem-2017-15',
      unit: ['氯化'],
      plan: [
        '安全阀恢复投用并建立切断阀铅封管理',
        '打开并铅封安全阀前后切断阀，建立铅封台账，校验安全阀',
        12000,
        15,
      ],
      done: '安全阀已校验并投用，切断阀已铅封开',
      conclusion: '隐患已消除，安全阀投用状态符合要求',
    },
  },
  'baishi-lpg': {
    contingency: '执行《液化石油气泄漏专项应急预案》，应急物资在储罐区东侧应急柜，消防喷淋随时可启动',
    waiting: {
      name: '液化石油气储罐区未实现紧急切断功能',
      description: '构成二级重大危险源的液化石油气储罐进出液管线仅有手动阀门，未设置紧急切断阀',
      criterion: 'chem-2017-5',
      unit: ['液化石油气'],
      plan: [
        '加装紧急切断阀并与可燃气体报警联锁',
        '进出液管线加装气动紧急切断阀，与可燃气体检测报警联锁',
        180000,
        45,
      ],
    },
    treating: {
      name: '液化石油气装卸未使用万向管道充装系统',
      description: '槽车卸车仍使用橡胶软管连接，未使用万向管道充装系统',
      criterion: 'chem-2017-7',
      unit: ['液化石油气'],
      plan: ['装卸台改用万向管道充装系统', '两个装卸车位安装万向管道充装系统并配拉断阀，停用软管', 64000, 30],
    },
    handed: {
      name: '全压力式液化石油气储罐未设置注水措施',
      description: '2台全压力式液化石油气储罐未按标准设置注水措施',
      criterion: 'chem-2017-6',
      unit: ['液化石油气'],
      plan: ['储罐增设注水措施', '从消防水系统接出注水管线至储罐底部，设双阀及止回阀', 45000, 20],
      done: '注水管线已安装并完成注水试验',
      conclusion: '隐患已消除，注水措施符合GB 50160要求',
    },
  },
};

/** The month's findings handed to hazard's subscriber now, as the job runner would later. */
async function deliverFindings(db: Db, enterpriseId: string): Promise<void> {
  const events = await db
    .selectFrom('domainEvents')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('type', '=', 'inspection.finding-reported')
    .orderBy('seq')
    .execute();
  for (const event of events) {
    await hazardsFromFindings.handle(event, { db, idempotencyKey: `${event.id}:demo-seed`, attempt: 1 });
  }
}
