import { describe, expectTypeOf, it } from 'vitest';
import type { RiskAuditEntry } from './risk-audit.ts';

// Checked by the type checker (npm run typecheck); at run time these are no-ops.
describe('auditRisk', () => {
  it('takes the listed risk events as actions and nothing else', () => {
    expectTypeOf<'risk.unit-approved'>().toExtend<RiskAuditEntry['action']>();
    expectTypeOf<'risk.site-plan-placements-replaced'>().toExtend<RiskAuditEntry['action']>();
    expectTypeOf<'risk.unit-aproved'>().not.toExtend<RiskAuditEntry['action']>();
    expectTypeOf<string>().not.toExtend<RiskAuditEntry['action']>();
  });
});
