import type { Db, Trx } from '../risk.database.ts';
import { validationFailed } from '../../../kernel/index.ts';
import type { EnterpriseScope } from './enterprise-ref.ts';

// Org units and users belong to identity, which exposes no lookup for them yet; these are reads
// only, always keyed by the enterprise, so a foreign id can never pass as one of ours.

/** 400 naming `field` unless the org unit belongs to the enterprise (and is of `kind` when given). */
export async function assertOrgUnit(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  id: string | null | undefined,
  field: string,
  kind?: 'department' | 'workshop' | 'team' | 'post',
): Promise<void> {
  if (!id) return;
  const row = await db
    .selectFrom('orgUnits')
    .select('kind')
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw validationFailed(field, 'not an org unit of this enterprise');
  if (kind && row.kind !== kind) throw validationFailed(field, `must be an org unit of kind '${kind}'`);
}

/** 400 naming `field` unless the user is an active member of the enterprise. */
export async function assertMember(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (!id) return;
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!row) throw validationFailed(field, 'not a user of this enterprise');
}

/** Checks a responsible org unit and person pair, naming `body.<prefix>UnitId` / `UserId`. */
export async function assertResponsible(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  refs: { unitId?: string | null; userId?: string | null },
  prefix = 'responsible',
): Promise<void> {
  await assertOrgUnit(db, enterprise, refs.unitId, `body.${prefix}UnitId`);
  await assertMember(db, enterprise, refs.userId, `body.${prefix}UserId`);
}
