import type { FastifyInstance } from 'fastify';
import { suggestSafetySigns } from '@shuangkong/contracts';
import type { Db } from '../seed-database.ts';
import { appendAuditEvent } from '../../platform/audit/index.ts';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { demoIds } from '../demo-ids.ts';
import { castOf, type EnterpriseCast } from './demo-people.ts';
import { demoInventories } from './major-source-inventories.ts';
import { SeedClient, type SeedSession } from './seed-client.ts';
import { drawSitePlan, planLayout } from './site-plan-image.ts';

type TreeUnit = { id: string; code: string; name: string; status: string };
type Tree = { data: { objects: { id: string; name: string; kind: string; units: TreeUnit[] }[] } };
type UnitDetail = { data: { events: { id: string; name: string; measures: { id: string }[] }[] } };
type TemplateList = { data: { industryCode: string; servesIndustryCodes: string[] }[] };

/** The demo enterprise whose register keeps a few gaps for its readiness view. */
export const READINESS_GAPS_IN = 'hongda-chemical';

export type RiskSeedOptions = { enterpriseKeys?: readonly string[] };

/**
 * Gives every approved demo enterprise a register built through the product's API: its industry's
 * template copied, owners and posts assigned, major sources evaluated with their stewards, some
 * events re-assessed by LS, MES and direct determination, a site plan with every unit placed,
 * units in every state of the approval chain, published revisions (two where something changed),
 * evidence that raises a level, a recorded change and review dates.
 */
export async function seedDemoRisk(
  app: FastifyInstance,
  db: Db,
  options: RiskSeedOptions = {},
): Promise<void> {
  const client = new SeedClient(app);
  const enterprises = demoCounty.enterprises.filter(
    (e) => e.status === 'approved' && (!options.enterpriseKeys || options.enterpriseKeys.includes(e.key)),
  );
  const casts = enterprises.map(castOf).filter((c): c is EnterpriseCast => c !== null);
  if (casts.length === 0) return;
  const first = await client.login(casts[0]!.safetyManager.username, DEMO_PASSWORD);
  const templates = (await client.call<TemplateList>(first, 'GET', '/risk-templates')).data;
  const tables = (
    await client.call<{
      data: { key: string; method: string; factors: { key: string; options: { value: number }[] }[] }[];
    }>(first, 'GET', '/assessment-tables')
  ).data;
  const middle = (method: string) => {
    const set = tables.find((t) => t.method === method);
    return Object.fromEntries(
      (set?.factors ?? []).map((f) => [f.key, f.options[Math.floor(f.options.length / 2)]?.value]),
    );
  };
  for (const [index, cast] of casts.entries()) {
    // Every industry of the enterprise brings its library; larger sites also run special
    // equipment (boilers, pressure vessels, cranes, lifts) that needs its own units.
    const wanted = [
      ...cast.enterprise.industryCodes,
      ...(['large', 'medium'].includes(cast.enterprise.scale) ? ['special_equipment'] : []),
    ];
    const libraries = [
      ...new Set(
        templates
          .filter((t) => wanted.some((c) => t.servesIndustryCodes.includes(c)))
          .map((t) => t.industryCode),
      ),
    ];
    if (libraries.length === 0) continue;
    await seedEnterprise(client, db, cast, libraries, index, { ls: middle('ls'), mes: middle('mes') });
  }
}

async function seedEnterprise(
  client: SeedClient,
  db: Db,
  cast: EnterpriseCast,
  libraries: readonly string[],
  index: number,
  inputs: { ls: Record<string, unknown>; mes: Record<string, unknown> },
): Promise<void> {
  const e = `/enterprises/${cast.enterpriseId}`;
  const sm = await client.login(cast.safetyManager.username, DEMO_PASSWORD);
  const lead = cast.unitLeads[0] ? await client.login(cast.unitLeads[0].username, DEMO_PASSWORD) : null;
  const principal = cast.principal ? await client.login(cast.principal.username, DEMO_PASSWORD) : null;

  for (const library of libraries) await client.call(sm, 'POST', `${e}/risk-templates/${library}/copies`, {});
  const tree = await client.call<Tree>(sm, 'GET', `${e}/risk-register/tree?pageSize=100`);
  const units = tree.data.objects.flatMap((o) => o.units.map((u) => ({ ...u, objectId: o.id })));

  // Each object to a workshop (or department) and its lead, as the national layout asks.
  for (const [i, object] of tree.data.objects.entries()) {
    const owner = cast.owningUnits[i % Math.max(1, cast.owningUnits.length)];
    const ownerUser = cast.unitLeads[i % Math.max(1, cast.unitLeads.length)] ?? cast.safetyManager;
    await client.call(sm, 'PATCH', `${e}/risk-objects/${object.id}`, {
      responsibleUnitId: owner?.id ?? null,
      responsibleUserId: userId(ownerUser.username),
    });
  }
  // Owners and posts: each unit to a workshop (or department), its lead or the safety manager.
  for (const [i, unit] of units.entries()) {
    const owner = cast.owningUnits[i % Math.max(1, cast.owningUnits.length)];
    const ownerUser = cast.unitLeads[i % Math.max(1, cast.unitLeads.length)] ?? cast.safetyManager;
    await client.call(sm, 'PATCH', `${e}/risk-units/${unit.id}`, {
      responsibleUnitId: owner?.id ?? null,
      responsibleUserId: userId(ownerUser.username),
    });
    const posts = [
      cast.posts[i % Math.max(1, cast.posts.length)],
      cast.posts[(i + 1) % Math.max(1, cast.posts.length)],
    ];
    const postIds = [...new Set(posts.filter((p) => p !== undefined).map((p) => p.id))];
    if (postIds.length > 0) await client.call(sm, 'PUT', `${e}/risk-units/${unit.id}/posts`, { postIds });
  }
  await seedSafetySigns(client, db, sm, cast.enterpriseId, units);
  await assignMeasureOwners(db, cast);

  await seedMajorSources(client, sm, cast, tree);

  // Assessments by more than one method: LS and MES residuals, a direct determination.
  const detail = async (unitId: string) => client.call<UnitDetail>(sm, 'GET', `${e}/risk-units/${unitId}`);
  if (units[1]) {
    const ev = (await detail(units[1].id)).data.events[0];
    if (ev)
      await client.call(sm, 'POST', `${e}/risk-events/${ev.id}/assessments`, {
        kind: 'residual',
        method: 'ls',
        inputs: inputs.ls,
      });
  }
  if (units[2]) {
    const ev = (await detail(units[2].id)).data.events[0];
    if (ev)
      await client.call(sm, 'POST', `${e}/risk-events/${ev.id}/assessments`, {
        kind: 'residual',
        method: 'mes',
        inputs: inputs.mes,
      });
  }

  await seedSitePlan(client, sm, cast, units);

  // The approval chain: most units approved (drafted by the safety manager, reviewed by the
  // workshop, approved by the principal), one left under review and one still a draft.
  const approver = principal ?? sm;
  const approved: string[] = [];
  for (const [i, unit] of units.entries()) {
    if (i % 6 === 5) continue;
    await client.call(sm, 'POST', `${e}/risk-units/${unit.id}/submission`, {
      comment: '辨识评估完成，提请审核',
    });
    if (i % 6 === 4 || !lead) continue;
    await client.call(lead, 'POST', `${e}/risk-units/${unit.id}/review`, { comment: '车间审核通过' });
    await client.call(approver, 'POST', `${e}/risk-units/${unit.id}/approval`, { comment: '同意' });
    approved.push(unit.id);
  }
  if (approved.length === 0) return;
  await client.call(sm, 'POST', `${e}/risk-register/revisions`, {
    note: `${new Date().getFullYear()}年度风险辨识评估结果发布`,
  });

  // A second revision where a measure was added after the first publication.
  if (index % 3 === 0 && lead) {
    const unitId = approved[0]!;
    const event = (await detail(unitId)).data.events[0];
    if (event) {
      // 宏达化工 leaves this one unclassified: a deliberate gap its readiness view shows.
      const unclassified = cast.enterprise.key === READINESS_GAPS_IN;
      await client.call(sm, 'POST', `${e}/risk-events/${event.id}/measures`, {
        kind: 'control',
        hierarchy: 'administrative',
        ...(unclassified ? {} : { classify1: '3', classify2: '3-3' }),
        content: '每班交接班时对本单元关键参数和安全设施进行确认并记录',
        troubleshootContent: '检查交接班记录是否完整、签字是否齐全',
        responsibleUserId: userId(cast.safetyManager.username),
      });
      await client.call(sm, 'POST', `${e}/risk-units/${unitId}/submission`, { comment: '补充管控措施' });
      await client.call(lead, 'POST', `${e}/risk-units/${unitId}/review`, { comment: '同意补充' });
      await client.call(approver, 'POST', `${e}/risk-units/${unitId}/approval`, { comment: '同意' });
      await client.call(sm, 'POST', `${e}/risk-register/revisions`, { note: '补充交接班确认措施' });
    }
  }

  if (index % 4 === 0 && approved[1]) {
    await client.call(sm, 'POST', `${e}/risk-units/${approved[1]}/evidence`, {
      level: 'major',
      reason: '日常排查发现可燃气体检测报警仪故障，整改完成前按重大风险管控',
      refType: 'manual',
    });
  }
  if (index % 5 === 0 && approved[2]) {
    await client.call(sm, 'POST', `${e}/risk-changes`, {
      kind: index % 2 === 0 ? 'equipment' : 'process',
      description: index % 2 === 0 ? '更换老化的输送泵及管线' : '调整工艺操作参数',
      unitIds: [approved[2]],
    });
  }
  if (index % 2 === 0) {
    await client.call(sm, 'POST', `${e}/risk-reviews/full`, {
      completedAt: index % 4 === 0 ? '2025-03-15' : '2023-06-30',
      note: '年度全面辨识评估',
    });
  }
}

async function seedMajorSources(
  client: SeedClient,
  sm: SeedSession,
  cast: EnterpriseCast,
  tree: Tree,
): Promise<void> {
  const e = `/enterprises/${cast.enterpriseId}`;
  const spec = demoInventories.find(
    (d) =>
      d.enterpriseKey === cast.enterprise.key ||
      (d.feature !== undefined && cast.enterprise.features.includes(d.feature as never)),
  );
  if (!spec) return;
  const object = tree.data.objects.find((o) => spec.objectName.test(o.name)) ?? tree.data.objects[0];
  if (!object) return;
  const result = await client.call<{ data: { isMajorSource: boolean } }>(
    sm,
    'PUT',
    `${e}/risk-objects/${object.id}/major-source`,
    {
      exposedPopulation: spec.exposedPopulation,
      inventory: spec.inventory.map((i) => ({ hazardClasses: [], ...i })),
    },
  );
  if (!result.data.isMajorSource) return;
  // The registration code as issued by the filing authority, and where the source is; 宏达化工's
  // is left without its code (a deliberate gap its readiness view shows).
  const at = cast.enterprise.location;
  await client.call(sm, 'PATCH', `${e}/risk-objects/${object.id}`, {
    location: { lat: at.lat + 0.0004, lng: at.lng + 0.0005 },
  });
  await client.call(sm, 'PUT', `${e}/risk-objects/${object.id}/major-source/facts`, {
    ...spec.facts,
    registrationCode: cast.enterprise.key === READINESS_GAPS_IN ? null : spec.registrationCode,
    exposedPopulation: spec.exposedPopulation,
  });
  const lead = cast.unitLeads[0] ?? cast.safetyManager;
  const principal = cast.principal ?? cast.safetyManager;
  await client.call(sm, 'PUT', `${e}/risk-objects/${object.id}/stewards`, {
    stewards: [
      {
        role: 'principal',
        userId: userId(principal.username),
        name: principal.name,
        title: principal.title ?? '主要负责人',
        phone: principal.phone,
      },
      {
        role: 'technical',
        userId: userId(cast.safetyManager.username),
        name: cast.safetyManager.name,
        title: cast.safetyManager.title ?? '技术负责人',
        phone: cast.safetyManager.phone,
      },
      {
        role: 'operational',
        userId: userId(lead.username),
        name: lead.name,
        title: lead.title ?? '操作负责人',
        phone: lead.phone,
      },
    ],
  });
}

async function seedSitePlan(
  client: SeedClient,
  sm: SeedSession,
  cast: EnterpriseCast,
  units: { id: string }[],
): Promise<void> {
  const width = 1200;
  const height = 800;
  const { shapes, boxes } = planLayout(width, height, units.length);
  const fileId = await client.upload(sm, '厂区平面图.png', 'image/png', drawSitePlan(width, height, shapes));
  const e = `/enterprises/${cast.enterpriseId}`;
  const plan = await client.call<{ data: { id: string } }>(sm, 'POST', `${e}/risk-site-plans`, {
    name: '厂区总平面布置图',
    fileId,
    width,
    height,
  });
  const f = (v: number, of: number) => Math.round((v / of) * 10_000) / 10_000;
  await client.call(sm, 'PUT', `${e}/risk-site-plans/${plan.data.id}/placements`, {
    placements: units.map((u, i) => {
      const b = boxes[i]!;
      if (i % 4 === 3)
        return {
          unitId: u.id,
          geometry: { type: 'point', x: f(b.x + b.w / 2, width), y: f(b.y + b.h / 2, height) },
        };
      const points = [
        [b.x, b.y],
        [b.x + b.w, b.y],
        [b.x + b.w, b.y + b.h],
        [b.x, b.y + b.h],
      ].map(([x, y]) => [f(x!, width), f(y!, height)]);
      return { unitId: u.id, geometry: { type: 'polygon', points } };
    }),
  });
}

/**
 * Template measures have no owner; the demo gives each the owner of its unit, in one statement per
 * enterprise (there are thousands), recorded as one audit event.
 */
async function assignMeasureOwners(db: Db, cast: EnterpriseCast): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('riskControlMeasures as m')
      .from('riskEvents as ev')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'ev.enterpriseId').onRef('u.id', '=', 'ev.unitId'),
      )
      .set((eb) => ({
        responsibleUnitId: eb.ref('u.responsibleUnitId'),
        responsibleUserId: eb.ref('u.responsibleUserId'),
      }))
      .whereRef('ev.enterpriseId', '=', 'm.enterpriseId')
      .whereRef('ev.id', '=', 'm.eventId')
      .where('m.enterpriseId', '=', cast.enterpriseId)
      .executeTakeFirst();
    await appendAuditEvent(
      trx,
      { actorId: null, actorName: 'system', requestId: null, ip: null },
      {
        enterpriseId: cast.enterpriseId,
        action: 'risk.demo-measure-owners-assigned',
        entityType: 'enterprise',
        entityId: cast.enterpriseId,
        after: { measures: Number(updated.numUpdatedRows) },
      },
    );
  });
}

const userId = (username: string): string => demoIds.user(username);

/** The GB 2894 signs each unit's accident types suggest, as a safety manager would pick them. */
async function seedSafetySigns(
  client: SeedClient,
  db: Db,
  sm: SeedSession,
  enterpriseId: string,
  units: readonly { id: string }[],
): Promise<void> {
  const events = await db
    .selectFrom('riskEvents')
    .select(['unitId', 'accidentTypes1986'])
    .where('enterpriseId', '=', enterpriseId)
    .execute();
  for (const unit of units) {
    const signCodes = suggestSafetySigns(
      events.filter((ev) => ev.unitId === unit.id).flatMap((ev) => ev.accidentTypes1986),
    );
    if (signCodes.length > 0)
      await client.call(sm, 'PUT', `/enterprises/${enterpriseId}/risk-units/${unit.id}/safety-signs`, {
        signCodes,
      });
  }
}
