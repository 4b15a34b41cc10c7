import type { AuditContext } from '../../../kernel/index.ts';
import { setEnterpriseMajorHazardFlag } from '../../identity/index.ts';
import type { Trx } from '../risk.database.ts';

/**
 * After a change of the register's major sources (evaluated, marked, unmarked, archived), tells
 * identity whether the enterprise has one, in the same transaction: the enterprise's derived
 * 两重点一重大 flag never disagrees with the register.
 */
export async function syncMajorHazardFlag(
  trx: Trx,
  audit: AuditContext,
  enterpriseId: string,
): Promise<void> {
  const source = await trx
    .selectFrom('riskObjects')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('isMajorSource', '=', true)
    .where('archivedAt', 'is', null)
    .limit(1)
    .executeTakeFirst();
  await setEnterpriseMajorHazardFlag(trx, audit, enterpriseId, source !== undefined);
}
