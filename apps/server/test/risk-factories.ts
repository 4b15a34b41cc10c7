import { randomUUID } from 'node:crypto';
import type { Db } from '../src/app/db-schema.ts';
import type { Level } from '../src/modules/risk/risk.tables.ts';

let n = 0;
const next = () => ++n;

/** Direct inserts for risk tests that need a register in place (commands have their own tests). */
export async function buildRiskObject(
  db: Db,
  enterpriseId: string,
  o: { name?: string; kind?: 'facility' | 'area' | 'device' | 'activity'; isMajorSource?: boolean } = {},
) {
  const id = randomUUID();
  await db
    .insertInto('riskObjects')
    .values({
      enterpriseId,
      id,
      code: `OBJ-${next()}`,
      name: o.name ?? `储罐区${n}`,
      kind: o.kind ?? 'facility',
      isMajorSource: o.isMajorSource ?? false,
      responsibleUnitId: null,
      responsibleUserId: null,
      majorSourceCode: null,
      majorSourceGrade: null,
      exposedPopulation: null,
      lat: null,
      lng: null,
      archivedAt: null,
    })
    .execute();
  return { id };
}

export async function buildRiskUnit(
  db: Db,
  enterpriseId: string,
  objectId: string,
  o: { name?: string; responsibleUserId?: string | null; status?: 'draft' | 'submitted' | 'reviewed' | 'approved' } = {},
) {
  const id = randomUUID();
  await db
    .insertInto('riskUnits')
    .values({
      enterpriseId,
      id,
      objectId,
      code: `UNIT-${next()}`,
      name: o.name ?? `T-10${n} 储罐`,
      responsibleUnitId: null,
      responsibleUserId: o.responsibleUserId ?? null,
      controlTier: null,
      controlUnitId: null,
      controlUserId: null,
      status: o.status ?? 'draft',
      inherentLevel: null,
      residualLevel: null,
      currentLevel: null,
      reassessmentReason: null,
      lastAssessedAt: null,
      lat: null,
      lng: null,
      archivedAt: null,
    })
    .execute();
  return { id };
}

export async function buildRiskEvent(
  db: Db,
  enterpriseId: string,
  unitId: string,
  o: { name?: string; inherentLevel?: Level | null; residualLevel?: Level | null } = {},
) {
  const id = randomUUID();
  await db
    .insertInto('riskEvents')
    .values({
      enterpriseId,
      id,
      unitId,
      stepId: null,
      name: o.name ?? `储罐泄漏引发火灾爆炸${next()}`,
      accidentTypes1986: ['015'],
      inherentLevel: o.inherentLevel ?? null,
      residualLevel: o.residualLevel ?? null,
      inherentAssessmentId: null,
      residualAssessmentId: null,
    })
    .execute();
  return { id };
}

export async function buildControlMeasure(
  db: Db,
  enterpriseId: string,
  eventId: string,
  o: { kind?: 'control' | 'emergency'; responsibleUserId?: string | null; content?: string } = {},
) {
  const id = randomUUID();
  const kind = o.kind ?? 'control';
  await db
    .insertInto('riskControlMeasures')
    .values({
      enterpriseId,
      id,
      eventId,
      kind,
      hierarchy: kind === 'control' ? 'engineering' : null,
      classify1: kind === 'control' ? '1' : null,
      classify2: null,
      classify3: null,
      content: o.content ?? '设置可燃气体检测报警仪并与紧急切断阀联锁',
      responsibleUnitId: null,
      responsibleUserId: o.responsibleUserId ?? null,
    })
    .execute();
  return { id };
}
