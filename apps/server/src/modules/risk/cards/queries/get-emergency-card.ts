import type { EmergencyCard } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import {
  accidentTypesOf,
  enterprisePhones,
  latest,
  presentCardUnit,
  publicEmergencyPhones,
  responsiblePhones,
  shanghaiDate,
} from '../cards.presenter.ts';
import { cardContentHash, lastPrints, printStatus } from '../card-prints.ts';
import { enterpriseContacts, eventsOfUnits, measuresOfEvents, unitsOfPost } from '../cards.repository.ts';
import { emergencyNotes } from '../emergency-notes.ts';
import { loadPost } from '../load-post.ts';

/** 应急处置卡: per risk event of the post's units (险情/事故), its emergency steps; contacts; notes. */
export async function getEmergencyCard(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  postId: string,
  publicUrl: string,
): Promise<EmergencyCard> {
  const { enterprise, post, chain } = await loadPost(db, actor, enterpriseId, postId);
  const e = enterprise.id;
  const [contacts, units] = await Promise.all([enterpriseContacts(db, e), unitsOfPost(db, e, post.id)]);
  const events = await eventsOfUnits(
    db,
    e,
    units.map((u) => u.id),
  );
  const [measures, prints] = await Promise.all([
    measuresOfEvents(
      db,
      e,
      events.map((ev) => ev.id),
    ),
    lastPrints(db, e, post.id),
  ]);
  const emergency = measures.filter((m) => m.kind === 'emergency');
  // Only events that have emergency steps make a scenario: an empty block would print as a blank box.
  const scenarios = units.flatMap((unit) =>
    events
      .filter((ev) => ev.unitId === unit.id)
      .flatMap((ev) => {
        const steps = emergency.filter((m) => m.eventId === ev.id).map((m) => m.content);
        if (steps.length === 0) return [];
        return [
          {
            eventId: ev.id,
            eventName: ev.name,
            unitName: unit.name,
            accidentTypes: accidentTypesOf([ev]),
            steps,
          },
        ];
      }),
  );
  const cardUnits = units.map((u) => presentCardUnit(u, events, measures, publicUrl));
  const card: Omit<EmergencyCard, 'print'> = {
    enterpriseName: contacts.name,
    post,
    departmentChain: chain,
    scenarios,
    contacts: {
      internal: [...enterprisePhones(contacts), ...responsiblePhones(cardUnits)],
      external: [...publicEmergencyPhones],
    },
    notes: emergencyNotes(events.flatMap((ev) => ev.types1986)),
    updatedDate: shanghaiDate(
      latest([
        ...units.map((u) => u.updatedAt),
        ...events.map((ev) => ev.updatedAt),
        ...emergency.map((m) => m.updatedAt),
      ]),
    ),
    generatedAt: new Date().toISOString(),
  };
  const hash = cardContentHash(card);
  return {
    ...card,
    print: printStatus(
      hash,
      prints.find((p) => p.kind === 'emergency'),
    ),
  };
}
