import { notFound, tablesOf, type AuditContext, type WithTables } from '../../../../kernel/index.ts';
import type { DB } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';

/**
 * Stores the derived 两重点一重大 flag "has a major hazard source". The risk register calls it inside
 * its own transaction whenever its major sources change (risk → identity), so the flag commits with
 * the change that caused it; a change of the flag is audited and announced, a repeat is not.
 */
export async function setEnterpriseMajorHazardFlag(
  trxHandle: WithTables<DB>,
  audit: AuditContext,
  enterpriseId: string,
  hasMajorHazardSource: boolean,
): Promise<void> {
  const trx = tablesOf<DB>(trxHandle);
  const row = await trx
    .selectFrom('enterprises')
    .select('hasMajorHazardSource')
    .where('id', '=', enterpriseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Enterprise');
  if (row.hasMajorHazardSource === hasMajorHazardSource) return;
  await trx
    .updateTable('enterprises')
    .set({ hasMajorHazardSource, updatedAt: new Date() })
    .where('id', '=', enterpriseId)
    .execute();
  await recordIdentity(trx, audit, {
    enterpriseId,
    action: 'enterprise.major-hazard-flag-changed',
    entityType: 'enterprise',
    entityId: enterpriseId,
    before: { hasMajorHazardSource: row.hasMajorHazardSource },
    after: { hasMajorHazardSource },
    facts: { hasMajorHazardSource },
  });
}
