export type { DomainEvent, NewDomainEvent } from './domain-event.ts';
export { appendDomainEvent } from './append-domain-event.ts';
export { defineSubscriber } from './event-subscriber.ts';
export type { EventSubscriber, SubscriberContext } from './event-subscriber.ts';
export { createEventDispatcher, deliveryKey, EVENT_DELIVERY_JOB } from './event-delivery.ts';
export type { EventDispatcher } from './event-delivery.ts';
export { listDeadLetters, retryDeadLetter } from './dead-letters.ts';
export type { DeadLetter } from './dead-letters.ts';
export { recordChange, type ChangeEntry } from './record-change.ts';
