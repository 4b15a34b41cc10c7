import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let unit: { id: string };
const e = () => `/enterprises/${w.ent.id}`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
});

async function eventWithMeasures(name: string) {
  const event = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, { name });
  expect(event.statusCode).toBe(201);
  const eventId: string = event.json().data.id;
  const measure = await req(w.manager, 'POST', `${e()}/risk-events/${eventId}/measures`, {
    kind: 'emergency',
    content: '配备正压式空气呼吸器两套',
  });
  expect(measure.statusCode).toBe(201);
  return { eventId, measureId: measure.json().data.id as string };
}

describe('tombstones of deleted events and measures', () => {
  it('hides a deleted event from the unit, keeps it readable by id with who, when and why', async () => {
    const { eventId, measureId } = await eventWithMeasures('卸车时软管破裂泄漏');
    const started = new Date(Date.now() - 1000).toISOString();
    const del = await req(w.manager, 'DELETE', `${e()}/risk-events/${eventId}`, {
      reason: '与“装卸泄漏”重复',
    });
    expect(del.statusCode).toBe(204);

    const detail = await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`);
    expect(detail.json().data.events.map((x: { id: string }) => x.id)).not.toContain(eventId);

    const byId = await req(w.manager, 'GET', `${e()}/risk-events/${eventId}`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({
      data: { id: eventId, name: '卸车时软管破裂泄漏' },
      deletion: { deletedBy: w.managerUser.id, reason: '与“装卸泄漏”重复' },
    });

    // The feed lists the event and its measure, for an upper platform to mark them deleted.
    const feed = await req(w.manager, 'GET', `${e()}/risk-deletions?since=${encodeURIComponent(started)}`);
    expect(feed.statusCode).toBe(200);
    expect(feed.json().data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityType: 'riskEvent',
          entityId: eventId,
          unitId: unit.id,
          eventId: null,
        }),
        expect.objectContaining({
          entityType: 'riskControlMeasure',
          entityId: measureId,
          eventId,
          name: '配备正压式空气呼吸器两套',
          reason: '与“装卸泄漏”重复',
        }),
      ]),
    );
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['after'])
      .where('action', '=', 'risk.event-deleted')
      .where('entityId', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ deleted: true, reason: '与“装卸泄漏”重复', measures: [measureId] });
  });

  it('tombstones a single measure; the reason is optional for API clients and bounded', async () => {
    const { measureId } = await eventWithMeasures('储罐超压');
    const tooLong = await req(w.manager, 'DELETE', `${e()}/risk-measures/${measureId}`, {
      reason: '长'.repeat(501),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.field).toBe('body.reason');
    expect((await req(w.manager, 'DELETE', `${e()}/risk-measures/${measureId}`)).statusCode).toBe(204);
    const feed = (await req(w.manager, 'GET', `${e()}/risk-deletions`)).json().data;
    expect(feed).toContainEqual(
      expect.objectContaining({ entityType: 'riskControlMeasure', entityId: measureId, reason: '' }),
    );
    // Retired, not erased: tasks and hazards that point at it can still show what it said.
    const byId = await req(w.manager, 'GET', `${e()}/risk-measures/${measureId}`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({
      data: { id: measureId },
      deletion: { deletedBy: w.managerUser.id, reason: '' },
    });
    expect((await req(w.otherManager, 'GET', `${e()}/risk-measures/${measureId}`)).statusCode).toBe(404);
  });

  it('keeps tombstones inside the enterprise: outsiders get 404 on the feed and the deleted event', async () => {
    const { eventId } = await eventWithMeasures('静电引燃');
    expect((await req(w.manager, 'DELETE', `${e()}/risk-events/${eventId}`)).statusCode).toBe(204);
    expect((await req(w.otherManager, 'GET', `${e()}/risk-deletions`)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'GET', `${e()}/risk-events/${eventId}`)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', `${e()}/risk-deletions`)).statusCode).toBe(404);
    expect((await req(w.regulatorIn, 'GET', `${e()}/risk-deletions`)).statusCode).toBe(200);
    const bad = await req(w.manager, 'GET', `${e()}/risk-deletions?since=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.since');
  });

  it('marks an archived object and its units with who and why, and reports them in the feed', async () => {
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const objUnit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const del = await req(w.manager, 'DELETE', `${e()}/risk-objects/${object.id}`, { reason: '装置已拆除' });
    expect(del.statusCode).toBe(204);
    const byId = (await req(w.manager, 'GET', `${e()}/risk-objects/${object.id}`)).json().data;
    expect(byId).toMatchObject({ archiveReason: '装置已拆除', archivedByName: expect.any(String) });
    expect(byId.archivedAt).not.toBeNull();
    const feed = (await req(w.manager, 'GET', `${e()}/risk-deletions`)).json().data;
    expect(feed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityType: 'riskObject', entityId: object.id, reason: '装置已拆除' }),
        expect.objectContaining({
          entityType: 'riskUnit',
          entityId: objUnit.id,
          objectId: object.id,
          reason: '装置已拆除',
          deletedBy: w.managerUser.id,
        }),
      ]),
    );
    const times = feed.map((x: { deletedAt: string }) => x.deletedAt);
    expect([...times].sort()).toEqual(times);
  });
});
