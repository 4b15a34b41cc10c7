import type { Db } from '../risk.database.ts';

/** The enterprise's chosen LEC table set, when it has chosen one. */
export async function enterpriseLecTable(db: Db, enterpriseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('riskSettings')
    .select('lecTable')
    .where('enterpriseId', '=', enterpriseId)
    .executeTakeFirst();
  return row?.lecTable;
}

/** Codes already used by the enterprise's objects (live or archived) and units. */
export async function usedRegisterCodes(db: Db, enterpriseId: string) {
  const [objects, units] = await Promise.all([
    db
      .selectFrom('riskObjects')
      .select(['id', 'code', 'archivedAt'])
      .where('enterpriseId', '=', enterpriseId)
      .execute(),
    db.selectFrom('riskUnits').select('code').where('enterpriseId', '=', enterpriseId).execute(),
  ]);
  return { objects, unitCodes: new Set(units.map((u) => u.code)) };
}

/** `code`, or `code-2`, `code-3` … whichever is free; the chosen code is then marked used. */
export function claimUniqueCode(code: string, used: Set<string>): string {
  let candidate = code;
  for (let n = 2; used.has(candidate); n++) candidate = `${code}-${n}`;
  used.add(candidate);
  return candidate;
}
