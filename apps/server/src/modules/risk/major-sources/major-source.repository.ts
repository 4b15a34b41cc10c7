import type { Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';

/** A live (not archived) risk object of the enterprise; undefined answers 404. */
export async function findRiskObject(db: Db, enterprise: VisibleEnterprise, objectId: string) {
  return db
    .selectFrom('riskObjects')
    .select([
      'id',
      'code',
      'name',
      'isMajorSource',
      'majorSourceCode',
      'majorSourceGrade',
      'exposedPopulation',
      'majorSourceKind',
      'involvesHazardousProcess',
      'filingDate',
      'filingValidUntil',
      'lastAssessmentYear',
      'inServiceDate',
    ])
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', objectId)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
}
export type RiskObjectRow = NonNullable<Awaited<ReturnType<typeof findRiskObject>>>;

export async function listInventory(db: Db, enterprise: VisibleEnterprise, objectId: string) {
  return db
    .selectFrom('riskMajorSourceInventories')
    .select(['substanceCode', 'quantityTonnes', 'hazardClasses'])
    .where('enterpriseId', '=', enterprise.id)
    .where('objectId', '=', objectId)
    .orderBy('line')
    .execute();
}

/** Every evaluation of the object, newest first, with the evaluator's name. */
export async function listEvaluations(db: Db, enterprise: VisibleEnterprise, objectId: string) {
  return db
    .selectFrom('riskMajorSourceEvaluations as ev')
    .leftJoin('users as u', 'u.id', 'ev.evaluatedBy')
    .select([
      'ev.id',
      'ev.inputs',
      'ev.result',
      'ev.evaluatedAt',
      'ev.evaluatedBy',
      'u.name as evaluatedByName',
    ])
    .where('ev.enterpriseId', '=', enterprise.id)
    .where('ev.objectId', '=', objectId)
    .orderBy('ev.evaluatedAt', 'desc')
    .orderBy('ev.id')
    .execute();
}
export type EvaluationRow = Awaited<ReturnType<typeof listEvaluations>>[number];

/** The enterprise's live major sources, with their newest evaluation (if any). */
export async function listMajorSourceObjects(db: Db, enterpriseId: string) {
  const objects = await db
    .selectFrom('riskObjects')
    .select([
      'id',
      'code',
      'name',
      'majorSourceCode',
      'majorSourceGrade',
      'exposedPopulation',
      'majorSourceKind',
      'filingValidUntil',
      'updatedAt',
    ])
    .where('enterpriseId', '=', enterpriseId)
    .where('isMajorSource', '=', true)
    .where('archivedAt', 'is', null)
    .orderBy('majorSourceGrade')
    .orderBy('code')
    .execute();
  if (objects.length === 0) return [];
  const ids = objects.map((o) => o.id);
  const [latest, stewards] = await Promise.all([
    db
      .selectFrom('riskMajorSourceEvaluations')
      .distinctOn('objectId')
      .select(['objectId', 'result', 'evaluatedAt'])
      .where('enterpriseId', '=', enterpriseId)
      .where('objectId', 'in', ids)
      .orderBy('objectId')
      .orderBy('evaluatedAt', 'desc')
      .execute(),
    db
      .selectFrom('riskObjectStewards')
      .select(['objectId', 'role', 'name', 'title', 'phone', 'userId'])
      .where('enterpriseId', '=', enterpriseId)
      .where('objectId', 'in', ids)
      .execute(),
  ]);
  return objects.map((o) => ({
    ...o,
    latest: latest.find((l) => l.objectId === o.id) ?? null,
    stewards: stewards.filter((s) => s.objectId === o.id),
  }));
}
export type MajorSourceObjectRow = Awaited<ReturnType<typeof listMajorSourceObjects>>[number];
