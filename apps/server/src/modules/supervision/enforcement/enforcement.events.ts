/** Domain events of the enforcement part; each is also its audit action. */
export type EnforcementDomainEvent =
  | { type: 'supervision.enforcement-plan-set'; year: number }
  | { type: 'supervision.inspection-pool-created'; year: number; enterpriseCount: number }
  | { type: 'supervision.inspection-pool-filed'; year: number; isFiledLate: boolean }
  | { type: 'supervision.random-draw-made'; poolId: string; seed: string; digest: string }
  | { type: 'supervision.conflict-recorded'; inspectorId: string }
  | { type: 'supervision.conflict-removed'; inspectorId: string }
  | { type: 'supervision.enforcement-inspection-planned'; kind: string; drawId: string | null }
  | { type: 'supervision.enforcement-inspection-recorded'; findingCount: number; hazardIds: string[] }
  | { type: 'supervision.enforcement-results-published' }
  | { type: 'supervision.penalty-recorded'; kind: string; decidedAt: string }
  | { type: 'supervision.blacklist-added'; decisionNo: string }
  | { type: 'supervision.blacklist-removed'; reason: string }
  | { type: 'supervision.blacklist-published'; year: number; quarter: number; entryCount: number };
