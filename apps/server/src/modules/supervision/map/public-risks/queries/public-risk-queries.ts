import type {
  PublicRiskDetail,
  PublicRiskListQuery,
  PublicRiskOwnerList,
  PublicRiskSummary,
} from '@shuangkong/contracts';
import type { z } from 'zod';
import type { publicRiskListQuery } from '@shuangkong/contracts';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { pathInRemit } from '../../map-scope.ts';
import { publicRiskAbilities } from '../public-risk.policy.ts';
import { loadPublicRisk } from '../public-risk-scope.ts';

const LIMIT = 1000;

const summaryColumns = [
  'p.id',
  'p.name',
  'p.category',
  'p.jurisdictionCode',
  'j.name as jurisdictionName',
  'p.ownerRegulatorId',
  'r.name as ownerName',
  'p.responsibleUnit',
  'p.level',
  'p.assessment',
  'p.status',
  'p.updatedAt',
] as const;

function baseQuery(db: Db, actor: Actor) {
  return db
    .selectFrom('supervisionPublicRisks as p')
    .innerJoin('jurisdictions as j', 'j.code', 'p.jurisdictionCode')
    .innerJoin('regulators as r', 'r.id', 'p.ownerRegulatorId')
    .where(pathInRemit(actor, 'p.jurisdictionPath'));
}

type SummaryRow = {
  id: string;
  name: string;
  category: PublicRiskSummary['category'];
  jurisdictionCode: string;
  jurisdictionName: string;
  ownerRegulatorId: string;
  ownerName: string;
  responsibleUnit: string;
  level: PublicRiskSummary['level'];
  assessment: { method: string };
  status: PublicRiskSummary['status'];
  updatedAt: Date;
};

const summary = (r: SummaryRow): PublicRiskSummary => ({
  id: r.id,
  name: r.name,
  category: r.category,
  jurisdictionCode: r.jurisdictionCode,
  jurisdictionName: r.jurisdictionName,
  ownerRegulatorId: r.ownerRegulatorId,
  ownerName: r.ownerName,
  responsibleUnit: r.responsibleUnit,
  level: r.level,
  method: r.assessment.method,
  status: r.status,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** 公共区域风险 in the actor's remit, most severe first. */
export async function listPublicRisks(
  db: Db,
  actor: Actor,
  query: z.output<typeof publicRiskListQuery> | PublicRiskListQuery,
): Promise<PublicRiskSummary[]> {
  let q = baseQuery(db, actor).select([...summaryColumns]);
  if (query.status !== 'all') q = q.where('p.status', '=', query.status ?? 'active');
  if (query.level) q = q.where('p.level', '=', query.level);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'ilike', like), eb('p.responsibleUnit', 'ilike', like)]));
  }
  const rows = await q
    .orderBy((eb) =>
      eb
        .case('p.level')
        .when('major')
        .then(1)
        .when('significant')
        .then(2)
        .when('general')
        .then(3)
        .else(4)
        .end(),
    )
    .orderBy('p.name')
    .limit(LIMIT)
    .execute();
  return rows.map(summary);
}

/** One public-area risk with its assessment, history and what the actor may do. */
export async function publicRiskDetail(db: Db, actor: Actor, id: string): Promise<PublicRiskDetail> {
  const p = await loadPublicRisk(db, actor, id);
  const names = await baseQuery(db, actor)
    .select(['j.name as jurisdictionName', 'r.name as ownerName'])
    .where('p.id', '=', id)
    .executeTakeFirstOrThrow();
  const history = await db
    .selectFrom('supervisionPublicRiskHistory')
    .selectAll()
    .where('riskId', '=', id)
    .orderBy('seq', 'desc')
    .execute();
  return {
    ...summary({ ...p, ...names }),
    description: p.description,
    responsiblePerson: p.responsiblePerson,
    responsiblePhone: p.responsiblePhone,
    geometry: p.geometry,
    accidentTypes: p.accidentTypes,
    assessmentInput: p.assessmentInput,
    assessment: p.assessment,
    measures: p.measures,
    version: p.version,
    createdAt: new Date(p.createdAt).toISOString(),
    createdByName: p.createdByName,
    retiredAt: p.retiredAt ? new Date(p.retiredAt).toISOString() : null,
    retiredByName: p.retiredByName,
    retireReason: p.retireReason,
    history: history.map((h) => ({
      at: new Date(h.at).toISOString(),
      action: h.action,
      actorName: h.actorName,
      level: h.level,
      note: h.note,
    })),
    abilities: publicRiskAbilities(actor, p),
  };
}

/** The regulators a public-area risk may be owned by, and the townships it may lie in. */
export async function publicRiskOwners(db: Db, actor: Actor): Promise<PublicRiskOwnerList> {
  const [owners, townships] = await Promise.all([
    db
      .selectFrom('regulators as r')
      .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
      .select(['r.id', 'r.name', 'r.kind', 'r.jurisdictionCode'])
      .where('r.isActive', '=', true)
      .where(pathInRemit(actor, 'j.path'))
      .orderBy('j.path')
      .orderBy('r.name')
      .execute(),
    db
      .selectFrom('jurisdictions as j')
      .select(['j.code', 'j.name'])
      .where('j.level', '=', 'township')
      .where(pathInRemit(actor, 'j.path'))
      .orderBy('j.sort')
      .orderBy('j.code')
      .execute(),
  ]);
  return { owners, townships };
}
