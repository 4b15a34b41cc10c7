/** What happens to enterprises; each is an audit action and, later, a bus event. */
export type EnterpriseEvent =
  | { type: 'enterprise.registered'; enterpriseId: string; byRegulatorId: string | null }
  | { type: 'enterprise.registration-submitted'; enterpriseId: string }
  | { type: 'enterprise.approved'; enterpriseId: string }
  | { type: 'enterprise.rejected'; enterpriseId: string; reason: string }
  | { type: 'enterprise.updated'; enterpriseId: string; fields: string[] };

export type EnterpriseEventType = EnterpriseEvent['type'];
