/**
 * Something that happened in a module, as subscribers see it. `type` is 'module.what-happened'
 * (the same name the audit log uses); the entity says what it is about; the payload carries what
 * a subscriber cannot read back later (a level before and after, a reason).
 */
export type DomainEvent<Type extends string = string, Payload = unknown> = {
  id: string;
  type: Type;
  enterpriseId: string | null;
  entityType: string;
  entityId: string;
  payload: Payload;
  actorId: string | null;
  occurredAt: Date;
};

/** An event as a module hands it to the outbox. */
export type NewDomainEvent = {
  type: string;
  enterpriseId: string | null;
  entityType: string;
  entityId: string;
  payload?: unknown;
};
