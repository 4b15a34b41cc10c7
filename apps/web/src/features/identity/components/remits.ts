import type { Remit } from '../api/regulator-api.ts';

/** Indexes of rows that repeat an earlier jurisdiction × industry pair. */
export function duplicateRemitRows(remits: readonly Partial<Remit>[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  remits.forEach((remit, index) => {
    if (!remit.jurisdictionCode || !remit.industryCode) return;
    const key = `${remit.jurisdictionCode}|${remit.industryCode}`;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}

/** Rows grouped by jurisdiction for a compact summary: 平桥区：全部行业；浉河区：危险化学品、烟花爆竹. */
export function groupRemits(
  remits: readonly Remit[],
): { jurisdictionCode: string; jurisdictionName: string; industryCodes: string[] }[] {
  const groups = new Map<
    string,
    { jurisdictionCode: string; jurisdictionName: string; industryCodes: string[] }
  >();
  for (const remit of remits) {
    const group = groups.get(remit.jurisdictionCode) ?? {
      jurisdictionCode: remit.jurisdictionCode,
      jurisdictionName: remit.jurisdictionName ?? remit.jurisdictionCode,
      industryCodes: [],
    };
    group.industryCodes.push(remit.industryCode);
    groups.set(remit.jurisdictionCode, group);
  }
  return [...groups.values()];
}
