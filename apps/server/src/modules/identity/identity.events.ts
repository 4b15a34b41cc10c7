/**
 * What happens in identity: the domain events it publishes through the outbox, each also its
 * audit action (recordIdentity accepts no other). Later modules subscribe to some (supervision
 * watches enterprises approved in its remit; inspection follows people leaving an org unit). The
 * fields beside `type` are the event's facts.
 */
export type IdentityDomainEvent =
  | { type: 'enterprise.registered'; byRegulatorId: string | null }
  | { type: 'enterprise.registration-submitted' }
  | { type: 'enterprise.approved' }
  | { type: 'enterprise.rejected'; reason: string }
  | { type: 'enterprise.updated'; fields: string[] }
  | { type: 'enterprise.major-hazard-flag-changed'; hasMajorHazardSource: boolean }
  | { type: 'industry.updated' }
  | { type: 'jurisdiction.created' | 'jurisdiction.updated' }
  | { type: 'regulator.created' | 'regulator.updated' | 'regulator.remits-replaced' }
  | { type: 'orgUnit.created' | 'orgUnit.updated' | 'orgUnit.deleted' }
  | {
      type:
        | 'user.invited'
        | 'user.updated'
        | 'user.roles-changed'
        | 'user.enabled'
        | 'user.disabled'
        | 'user.logged-in'
        | 'user.password-changed'
        | 'user.password-reset';
    }
  | { type: 'apiToken.created' | 'apiToken.revoked' };

export type IdentityEventType = IdentityDomainEvent['type'];

/** What an identity record is about. */
export type IdentityEntityType =
  'enterprise' | 'industry' | 'jurisdiction' | 'regulator' | 'orgUnit' | 'user' | 'apiToken';
