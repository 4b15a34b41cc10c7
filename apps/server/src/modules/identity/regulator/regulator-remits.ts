import type { RegulatorRemitInput } from '@shuangkong/contracts';
import type { Db } from '../identity.database.ts';
import { isWithinPath } from '../enterprise/remit.ts';
import { regulatorErrors } from './regulator.errors.ts';

/**
 * Checks a remit against the regulator's place: every remit jurisdiction must exist and lie inside
 * the regulator's own subtree, every industry must exist (or be '*'). Returns it without duplicates.
 */
export async function validateRemits(
  db: Db,
  regulatorPath: string,
  remits: readonly RegulatorRemitInput[],
): Promise<RegulatorRemitInput[]> {
  const codes = [...new Set(remits.map((r) => r.jurisdictionCode))];
  const industries = [...new Set(remits.map((r) => r.industryCode).filter((c) => c !== '*'))];
  const [places, knownIndustries] = await Promise.all([
    codes.length
      ? db.selectFrom('jurisdictions').select(['code', 'path']).where('code', 'in', codes).execute()
      : [],
    industries.length
      ? db.selectFrom('industries').select('code').where('code', 'in', industries).execute()
      : [],
  ]);
  const pathOf = new Map(places.map((p) => [p.code, p.path]));
  const industrySet = new Set(knownIndustries.map((i) => i.code));
  remits.forEach((remit, index) => {
    const path = pathOf.get(remit.jurisdictionCode);
    if (path === undefined) throw regulatorErrors.unknownRemitJurisdiction(index);
    if (!isWithinPath(path, regulatorPath)) throw regulatorErrors.remitOutsideJurisdiction(index);
    if (remit.industryCode !== '*' && !industrySet.has(remit.industryCode)) {
      throw regulatorErrors.unknownRemitIndustry(index);
    }
  });
  const seen = new Set<string>();
  return remits.filter((r) => {
    const key = `${r.jurisdictionCode}|${r.industryCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
