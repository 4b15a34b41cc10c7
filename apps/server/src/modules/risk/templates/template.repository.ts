import { settingsOfEnterprise } from '../assessments/assessments.repository.ts';
import type { Db } from '../risk.database.ts';

/** The LEC table set the enterprise assesses with (its own, its industry's, or the system's). */
export async function enterpriseLecTable(db: Db, enterpriseId: string): Promise<string> {
  return (await settingsOfEnterprise(db, enterpriseId)).lecTable;
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
