import type { RemitScope } from '../../../kernel/index.ts';

/** True when `path` is the jurisdiction `ancestorPath` itself or lies below it. */
export function isWithinPath(path: string, ancestorPath: string): boolean {
  return path === ancestorPath || path.startsWith(`${ancestorPath}.`);
}

/** True when `code` is the remit's industry or one of its sub-industries ('*' covers all). */
export function isWithinIndustry(code: string, remitIndustry: string): boolean {
  return remitIndustry === '*' || code === remitIndustry || code.startsWith(`${remitIndustry}.`);
}

/**
 * A regulator supervises an enterprise when one remit covers both the enterprise's place and at
 * least one of its industries (seed 004: 管行业必须管安全, 属地管理).
 */
export function isWithinRemit(
  remits: readonly RemitScope[],
  jurisdictionPath: string,
  industryCodes: readonly string[],
): boolean {
  return remits.some(
    (r) =>
      isWithinPath(jurisdictionPath, r.jurisdictionPath) &&
      industryCodes.some((code) => isWithinIndustry(code, r.industryCode)),
  );
}
