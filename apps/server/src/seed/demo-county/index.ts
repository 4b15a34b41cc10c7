/**
 * The demo county 江宁省临川市青溪县 (fictional, codes prefixed 99): jurisdictions, regulators,
 * enterprises with org trees, users and the demo personas. Pure, deterministic data.
 */
import { demoEnterprises } from './enterprises.ts';
import { demoJurisdictions, jurisdictionContains } from './jurisdictions.ts';
import { demoOrgTrees } from './org-trees.ts';
import { demoPersonas } from './personas.ts';
import { demoRegulators } from './regulators.ts';
import type { DemoEnterprise, DemoRegulator } from './types.ts';
import { demoUsers } from './users.ts';

export * from './types.ts';
export * from './jurisdictions.ts';
export * from './regulators.ts';
export * from './enterprises.ts';
export * from './org-trees.ts';
export * from './users.ts';
export * from './personas.ts';
export { creditCode17For, CREDIT_CODE_CHARSET, orgCodeCheck } from './credit-code.ts';

/** True when the regulator's remit includes the enterprise (place and at least one industry). */
export function regulatorCovers(regulator: DemoRegulator, enterprise: DemoEnterprise): boolean {
  return regulator.remit.some((r) => {
    const codes = r.industryCodes;
    return (
      jurisdictionContains(r.jurisdictionCode, enterprise.jurisdictionCode) &&
      (codes === 'all' || enterprise.industryCodes.some((code) => codes.includes(code)))
    );
  });
}

/** Every regulator supervising an enterprise. */
export function regulatorsOf(enterprise: DemoEnterprise): DemoRegulator[] {
  return demoRegulators.filter((r) => regulatorCovers(r, enterprise));
}

export const demoCounty = {
  jurisdictions: demoJurisdictions,
  regulators: demoRegulators,
  enterprises: demoEnterprises,
  orgTrees: demoOrgTrees,
  users: demoUsers,
  personas: demoPersonas,
} as const;
