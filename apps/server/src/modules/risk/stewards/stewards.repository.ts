import type { StewardInput } from '@shuangkong/contracts';
import type { Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

const roleOrder = { principal: 0, technical: 1, operational: 2 } as const;

/** An object's 包保责任人, principal → technical → operational. */
export async function findStewards(db: Db | Trx, enterprise: EnterpriseScope, objectId: string) {
  const rows = await db
    .selectFrom('riskObjectStewards')
    .select(['role', 'userId', 'name', 'title', 'phone'])
    .where('enterpriseId', '=', enterprise.id)
    .where('objectId', '=', objectId)
    .execute();
  return rows.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
}
export type StewardRow = Awaited<ReturnType<typeof findStewards>>[number];

export async function replaceStewards(
  trx: Trx,
  enterprise: EnterpriseScope,
  objectId: string,
  stewards: readonly StewardInput[],
) {
  await trx
    .deleteFrom('riskObjectStewards')
    .where('enterpriseId', '=', enterprise.id)
    .where('objectId', '=', objectId)
    .execute();
  await trx
    .insertInto('riskObjectStewards')
    .values(
      stewards.map((s) => ({
        enterpriseId: enterprise.id,
        objectId,
        role: s.role,
        userId: s.userId ?? null,
        name: s.name,
        title: s.title ?? '',
        phone: s.phone,
      })),
    )
    .execute();
}
