import { randomUUID } from 'node:crypto';
import type { Db } from '../src/app/db-schema.ts';
import type { Level, UnitStatus } from '../src/modules/risk/risk.tables.ts';

let n = 0;
const next = () => ++n;

// Direct inserts for risk tests that need a register in place (the commands have their own tests).

export type BuildRiskObject = {
  code?: string;
  name?: string;
  kind?: 'facility' | 'area' | 'device' | 'activity';
  isMajorSource?: boolean;
  majorSourceCode?: string | null;
  majorSourceGrade?: number | null;
  lat?: number | null;
  lng?: number | null;
};

export async function buildRiskObject(db: Db, enterpriseId: string, o: BuildRiskObject = {}) {
  const id = randomUUID();
  const seq = next();
  await db
    .insertInto('riskObjects')
    .values({
      enterpriseId,
      id,
      code: o.code ?? `OBJ-${seq}`,
      name: o.name ?? `储罐区${seq}`,
      kind: o.kind ?? 'facility',
      isMajorSource: o.isMajorSource ?? false,
      responsibleUnitId: null,
      responsibleUserId: null,
      majorSourceCode: o.majorSourceCode ?? null,
      majorSourceGrade: o.majorSourceGrade ?? null,
      exposedPopulation: null,
      lat: o.lat ?? null,
      lng: o.lng ?? null,
      archivedAt: null,
    })
    .execute();
  return { id };
}

export type BuildRiskUnit = {
  name?: string;
  responsibleUserId?: string | null;
  status?: UnitStatus;
  inherentLevel?: Level | null;
  residualLevel?: Level | null;
  currentLevel?: Level | null;
  lat?: number | null;
  lng?: number | null;
};

export async function buildRiskUnit(db: Db, enterpriseId: string, objectId: string, o: BuildRiskUnit = {}) {
  const id = randomUUID();
  const seq = next();
  await db
    .insertInto('riskUnits')
    .values({
      enterpriseId,
      id,
      objectId,
      code: `UNIT-${seq}`,
      name: o.name ?? `T-10${seq} 储罐`,
      responsibleUnitId: null,
      responsibleUserId: o.responsibleUserId ?? null,
      controlTier: null,
      controlUnitId: null,
      controlUserId: null,
      status: o.status ?? 'draft',
      inherentLevel: o.inherentLevel ?? null,
      residualLevel: o.residualLevel ?? null,
      currentLevel: o.currentLevel ?? null,
      reassessmentReason: null,
      lastAssessedAt: null,
      lat: o.lat ?? null,
      lng: o.lng ?? null,
      archivedAt: null,
    })
    .execute();
  return { id };
}

export type BuildRiskEvent = { name?: string; inherentLevel?: Level | null; residualLevel?: Level | null };

export async function buildRiskEvent(db: Db, enterpriseId: string, unitId: string, o: BuildRiskEvent = {}) {
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

export type BuildControlMeasure = {
  kind?: 'control' | 'emergency';
  responsibleUserId?: string | null;
  content?: string;
};

export async function buildControlMeasure(
  db: Db,
  enterpriseId: string,
  eventId: string,
  o: BuildControlMeasure = {},
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
