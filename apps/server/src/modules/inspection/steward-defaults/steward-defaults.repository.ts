import { stewardDefaultCycles, stewardRole, type StewardDefault } from '@shuangkong/contracts';
import type { Db, Trx } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

/** The enterprise's cycle per steward role, the product default where it has set none. */
export async function stewardDefaultsOf(
  db: Db | Trx,
  scope: InspectionScope,
): Promise<(StewardDefault & { isProductDefault: boolean })[]> {
  const rows = await db
    .selectFrom('inspectionStewardDefaults')
    .select(['role', 'checkCycle', 'checkCycleUnit'])
    .where('enterpriseId', '=', scope.id)
    .execute();
  const own = new Map(rows.map((r) => [r.role, r]));
  return stewardRole.options.map((role) => {
    const set = own.get(role);
    return set
      ? { role, checkCycle: set.checkCycle, checkCycleUnit: set.checkCycleUnit, isProductDefault: false }
      : { role, ...stewardDefaultCycles[role], isProductDefault: true };
  });
}
