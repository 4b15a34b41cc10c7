import { describe, expectTypeOf, it } from 'vitest';
import type { RiskRecordEntry } from './risk-record.ts';

// Checked by the type checker (npm run typecheck); at run time these are no-ops.
describe('recordRisk', () => {
  it('takes the listed risk events as actions and nothing else', () => {
    expectTypeOf<'risk.unit-approved'>().toExtend<RiskRecordEntry['action']>();
    expectTypeOf<'risk.site-plan-placements-replaced'>().toExtend<RiskRecordEntry['action']>();
    expectTypeOf<'risk.unit-aproved'>().not.toExtend<RiskRecordEntry['action']>();
    expectTypeOf<string>().not.toExtend<RiskRecordEntry['action']>();
  });
});
