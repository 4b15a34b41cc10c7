import type { ScoredAssessmentMethod } from '@shuangkong/contracts';
import { EngineValidationError } from './engine.errors.ts';
import { lecDefault, lecVariantB } from './lec-tables.ts';
import { lsDefault, lsFrequency } from './ls-tables.ts';
import { mesDefault, mesM3 } from './mes-tables.ts';
import type { AnyTableSet, TableSet } from './table-set.ts';

export type { AnyTableSet, FactorKey, FactorOption, FactorTable, ScoreBand, TableSet } from './table-set.ts';
export { bandContains, cleanNumber, findBand, formatBand } from './table-set.ts';

const registry: { readonly [M in ScoredAssessmentMethod]: readonly TableSet<M>[] } = {
  lec: [lecDefault, lecVariantB],
  ls: [lsDefault, lsFrequency],
  mes: [mesDefault, mesM3],
};

/** The table set used when an enterprise or industry has not chosen one. */
export const defaultTableSetKeys: Readonly<Record<ScoredAssessmentMethod, string>> = {
  lec: lecDefault.key,
  ls: lsDefault.key,
  mes: mesDefault.key,
};

/**
 * A method's table set by key ('lec-variant-b@1'), or its default. An unknown key is a validation
 * error on 'tableVersion' because the key usually comes from a stored enterprise setting or request.
 */
export function getTableSet<M extends ScoredAssessmentMethod>(method: M, version?: string): TableSet<M> {
  const sets = registry[method];
  const key = version ?? defaultTableSetKeys[method];
  const found = sets.find((set) => set.key === key);
  if (found === undefined) {
    const known = sets.map((set) => set.key).join(', ');
    throw new EngineValidationError('tableVersion', `unknown ${method} table set '${key}'; known: ${known}`);
  }
  return found;
}

/** Every registered table set, for a settings picker. */
export function listTableSets(): AnyTableSet[] {
  return [...registry.lec, ...registry.ls, ...registry.mes];
}
