import type { RiskSettingsInput } from '@shuangkong/contracts';
import { validationFailed } from '../../../kernel/index.ts';
import { listTableSets } from '../engine/factor-tables.ts';

/** Refuses a table-set key the engine does not know, naming the field and the keys it knows. */
export function assertKnownTables(input: Pick<RiskSettingsInput, 'lecTable' | 'lsTable' | 'mesTable'>): void {
  const sets = listTableSets();
  for (const [field, method] of [
    ['lecTable', 'lec'],
    ['lsTable', 'ls'],
    ['mesTable', 'mes'],
  ] as const) {
    const key = input[field];
    if (!sets.some((s) => s.method === method && s.key === key)) {
      const known = sets
        .filter((s) => s.method === method)
        .map((s) => s.key)
        .join(', ');
      throw validationFailed(`body.${field}`, `unknown ${method} table set '${key}'; known: ${known}`);
    }
  }
}
