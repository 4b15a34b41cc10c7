import { createHash } from 'node:crypto';
import type { DrawInput, DrawPick, DrawResult } from '@shuangkong/contracts';

/**
 * 双随机 draw, algorithm `sk-draw-v1`. Deterministic: the same input gives the same result on any
 * machine, so the seed published with the result lets anyone recompute it (see docs/decisions/
 * 0018-reproducible-random-draw.md for the text a citizen can follow).
 *
 * 1. Canonical order: enterprises, inspectors and experts sorted by id (ascending code points);
 *    duplicates removed. The order the input arrives in never matters.
 * 2. Random numbers: the k-th (k = 0, 1, 2, …) is the first 4 bytes, big-endian, of
 *    SHA-256(`${seed}:${k}`) — a 32-bit unsigned integer.
 * 3. A number below m: take the next random number r; if r ≥ 2³² − (2³² mod m) discard it and take
 *    the next (no modulo bias); else r mod m.
 * 4. Enterprises: a partial Fisher–Yates shuffle of the canonical list; for i = 0 … count−1 swap
 *    item i with item i + below(n − i). The first `count` items, in that order, are drawn.
 * 5. For each drawn enterprise in draw order: its eligible inspectors are the canonical inspectors
 *    not barred with it (conflict of interest). The first is eligible[below(len)]; the second is
 *    drawn the same way from the eligible ones except the first and except the one who would
 *    repeat the pair that inspected the enterprise last time (rotation). With `withExpert`, one
 *    expert is drawn from the canonical experts not barred with it.
 * 6. The digest is SHA-256 (hex) of the JSON of the picks, so a published result can be compared.
 */
export const DRAW_ALGORITHM = 'sk-draw-v1';

export type DrawRefusal =
  | { code: 'DRAW_ENTERPRISE_POOL_TOO_SMALL'; available: number; requested: number }
  | { code: 'DRAW_INSPECTOR_POOL_TOO_SMALL'; enterpriseId: string; eligible: number }
  | { code: 'DRAW_NO_ELIGIBLE_EXPERT'; enterpriseId: string };

export type DrawOutcome = { ok: true; result: DrawResult } | { ok: false; refusal: DrawRefusal };

/** The seeded source of numbers of step 2 and 3. */
export function seededNumbers(seed: string) {
  let k = 0;
  const next = (): number => {
    const digest = createHash('sha256').update(`${seed}:${k}`).digest();
    k += 1;
    return digest.readUInt32BE(0);
  };
  const below = (m: number): number => {
    if (!Number.isInteger(m) || m < 1) throw new RangeError(`below(${m})`);
    const limit = 2 ** 32 - (2 ** 32 % m);
    for (;;) {
      const r = next();
      if (r < limit) return r % m;
    }
  };
  return { next, below };
}

const canonical = <T extends { id: string }>(items: readonly T[]): string[] =>
  [...new Set(items.map((i) => i.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The digest of step 6: what a published result is compared by. */
export function drawDigest(picks: readonly DrawPick[]): string {
  return createHash('sha256').update(JSON.stringify(picks)).digest('hex');
}

/** Runs the draw of `sk-draw-v1` over the input; refuses, naming why, when the pools are too small. */
export function runDraw(input: DrawInput): DrawOutcome {
  const enterprises = canonical(input.enterprises);
  const inspectors = canonical(input.inspectors);
  const experts = canonical(input.experts);
  if (input.count > enterprises.length)
    return {
      ok: false,
      refusal: {
        code: 'DRAW_ENTERPRISE_POOL_TOO_SMALL',
        available: enterprises.length,
        requested: input.count,
      },
    };
  const barred = new Map<string, Set<string>>();
  for (const b of input.barred) {
    const set = barred.get(b.enterpriseId) ?? new Set<string>();
    set.add(b.inspectorId);
    barred.set(b.enterpriseId, set);
  }
  const previous = new Map(input.previousPairs.map((p) => [p.enterpriseId, p.inspectorIds]));
  const rng = seededNumbers(input.seed);
  const order = [...enterprises];
  for (let i = 0; i < input.count; i += 1) {
    const j = i + rng.below(order.length - i);
    const a = order[i];
    const b = order[j];
    if (a === undefined || b === undefined) throw new RangeError('draw index');
    order[i] = b;
    order[j] = a;
  }
  const picks: DrawPick[] = [];
  for (const enterpriseId of order.slice(0, input.count)) {
    const bar = barred.get(enterpriseId) ?? new Set<string>();
    const eligible = inspectors.filter((id) => !bar.has(id));
    const last = previous.get(enterpriseId) ?? [];
    const pickFirst = () => eligible[rng.below(eligible.length)];
    const first = eligible.length >= 2 ? pickFirst() : undefined;
    const rest =
      first === undefined
        ? []
        : eligible.filter((id) => id !== first && !(last.includes(first) && last.includes(id)));
    const second = rest.length > 0 ? rest[rng.below(rest.length)] : undefined;
    if (first === undefined || second === undefined)
      return {
        ok: false,
        refusal: { code: 'DRAW_INSPECTOR_POOL_TOO_SMALL', enterpriseId, eligible: eligible.length },
      };
    let expertId: string | null = null;
    if (input.withExpert) {
      const eligibleExperts = experts.filter((id) => !bar.has(id));
      const expert =
        eligibleExperts.length > 0 ? eligibleExperts[rng.below(eligibleExperts.length)] : undefined;
      if (expert === undefined)
        return { ok: false, refusal: { code: 'DRAW_NO_ELIGIBLE_EXPERT', enterpriseId } };
      expertId = expert;
    }
    picks.push({ enterpriseId, inspectorIds: [first, second], expertId });
  }
  return { ok: true, result: { picks, digest: drawDigest(picks) } };
}
