import type { Kysely } from 'kysely';
import type { DB, Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

/** One unit of a visible enterprise, with what the chain needs; undefined when absent or archived. */
export async function findUnitForApproval(db: Kysely<DB>, enterprise: VisibleEnterprise, unitId: string) {
  return db
    .selectFrom('riskUnits')
    .select(['id', 'code', 'name', 'status', 'version'])
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
}

/** The unit's signed steps in signing order. */
export async function listSignatures(db: Kysely<DB>, enterprise: VisibleEnterprise, unitId: string) {
  return db
    .selectFrom('riskUnitSignatures')
    .select([
      'id',
      'action',
      'fromStatus',
      'toStatus',
      'actorId',
      'actorName',
      'comment',
      'contentHash',
      'signedAt',
    ])
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .orderBy('signedAt')
    .orderBy('id')
    .execute();
}
export type SignatureRow = Awaited<ReturnType<typeof listSignatures>>[number];

/** Active users of the enterprise holding any of the roles: whom the next step waits for. */
export async function usersWithRoles(db: Kysely<DB>, enterprise: EnterpriseScope, roles: readonly string[]) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select('u.id')
    .distinct()
    .where('u.enterpriseId', '=', enterprise.id)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', [...roles])
    .execute();
  return rows.map((r) => r.id);
}

/** The unit's approved versions, newest first. */
export async function listUnitVersions(db: Db, enterprise: VisibleEnterprise, unitId: string) {
  return db
    .selectFrom('riskUnitVersions as v')
    .leftJoin('users as u', 'u.id', 'v.approvedBy')
    .select(['v.version', 'v.approvedBy', 'u.name as approvedByName', 'v.approvedAt'])
    .where('v.enterpriseId', '=', enterprise.id)
    .where('v.unitId', '=', unitId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** One approved version with its snapshot. */
export async function findUnitVersion(
  db: Db,
  enterprise: VisibleEnterprise,
  unitId: string,
  version: number,
) {
  return db
    .selectFrom('riskUnitVersions as v')
    .leftJoin('users as u', 'u.id', 'v.approvedBy')
    .select(['v.version', 'v.approvedBy', 'u.name as approvedByName', 'v.approvedAt', 'v.snapshot'])
    .where('v.enterpriseId', '=', enterprise.id)
    .where('v.unitId', '=', unitId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}
