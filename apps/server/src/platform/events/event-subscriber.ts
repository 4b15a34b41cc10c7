import type { WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import type { DomainEvent } from './domain-event.ts';

/** What a subscriber's handler gets besides the event. */
export type SubscriberContext = {
  /** The app's database; view it through `tablesOf<YourDatabase>(ctx.db)`. */
  db: WithTables<PlatformTables>;
  /**
   * Unique per event and subscriber, the same on every retry. Delivery is at least once: a handler
   * whose effect must happen once keys it by this (a unique column, a job dedupe key) or does its
   * work in one transaction that checks for it.
   */
  idempotencyKey: string;
  /** 1 on the first delivery, 2 on the first retry… */
  attempt: number;
};

/** A reaction to other modules' (or its own module's) events; runs on the job runner. */
export type EventSubscriber<Event extends { type: string; payload?: unknown } = { type: string }> = {
  /** 'module.reaction-name', e.g. 'risk.approval-notices'; part of every delivery's key. */
  id: string;
  /** The event types it wants. */
  on: readonly Event['type'][];
  handle(
    event: DomainEvent<Event['type'], Event extends { payload: infer P } ? P : unknown>,
    ctx: SubscriberContext,
  ): Promise<void>;
};

const SUBSCRIBER_ID = /^[a-z][a-zA-Z0-9]*\.[a-z0-9][a-z0-9-]*$/;

/** Declares a subscriber to events of the union `Event`. */
export function defineSubscriber<Event extends { type: string; payload?: unknown }>(
  subscriber: EventSubscriber<Event>,
): EventSubscriber {
  if (!SUBSCRIBER_ID.test(subscriber.id)) {
    throw new Error(`Subscriber id "${subscriber.id}" must look like 'module.reaction-name'`);
  }
  if (subscriber.on.length === 0) throw new Error(`Subscriber ${subscriber.id} listens to nothing`);
  return subscriber as unknown as EventSubscriber;
}
