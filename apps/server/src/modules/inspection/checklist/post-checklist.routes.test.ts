import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../../../test/factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let postId: string;
let itemId: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '装车台' });
  const event = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '检查静电接地夹' });
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '检查鹤管密封' });
  base = `/enterprises/${w.ent.id}/inspection`;
  expect((await req(w.manager, 'POST', `${base}/items/sync`)).statusCode).toBe(200);
  postId = (await buildOrgUnit(w.t.db, w.ent.id, 'post')).id;
  itemId = (await req(w.manager, 'GET', `${base}/items`)).json().data[0].id;
});
afterAll(async () => {
  await w.t.app.close();
});

describe('per-post daily checklists', () => {
  it('a manager puts an item on a post; the post’s checklist lists it with its frequency', async () => {
    const res = await req(w.manager, 'PUT', `${base}/items/${itemId}/post`, { postId });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: itemId, postId });
    const list = await req(w.worker, 'GET', `${base}/posts/${postId}/checklist`);
    expect(list.statusCode).toBe(200);
    expect(list.json().data.items).toHaveLength(1);
    expect(list.json().data.items[0]).toMatchObject({
      id: itemId,
      checkCycleUnit: 'day',
      abilities: { edit: false },
    });
    // The regulator in charge reads it; one outside the remit does not learn it exists.
    expect((await req(w.regulatorIn, 'GET', `${base}/posts/${postId}/checklist`)).statusCode).toBe(200);
    expect((await req(w.regulatorOut, 'GET', `${base}/posts/${postId}/checklist`)).statusCode).toBe(404);
  });

  it('refuses a post that is not one of the enterprise’s posts (400 body.postId)', async () => {
    const workshop = await buildOrgUnit(w.t.db, w.ent.id, 'workshop');
    const elsewhere = await buildOrgUnit(w.t.db, w.other.id, 'post');
    for (const id of [workshop.id, elsewhere.id]) {
      const res = await req(w.manager, 'PUT', `${base}/items/${itemId}/post`, { postId: id });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('body.postId');
    }
    const bad = await req(w.manager, 'PUT', `${base}/items/${itemId}/post`, { postId: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.postId');
  });

  it('workers may not assign (403), other enterprises get 404, and null takes the item off', async () => {
    const worker = await req(w.worker, 'PUT', `${base}/items/${itemId}/post`, { postId: null });
    expect(worker.statusCode).toBe(403);
    expect(JSON.stringify(worker.json())).toContain('inspection.manage');
    expect(
      (await req(w.otherManager, 'PUT', `${base}/items/${itemId}/post`, { postId: null })).statusCode,
    ).toBe(404);
    expect((await req(w.otherManager, 'GET', `${base}/posts/${postId}/checklist`)).statusCode).toBe(404);
    const off = await req(w.manager, 'PUT', `${base}/items/${itemId}/post`, { postId: null });
    expect(off.json().data.postId).toBeNull();
    expect((await req(w.manager, 'GET', `${base}/posts/${postId}/checklist`)).json().data.items).toEqual([]);
  });

  it('a sync from the register keeps the assignment', async () => {
    await req(w.manager, 'PUT', `${base}/items/${itemId}/post`, { postId });
    await req(w.manager, 'POST', `${base}/items/sync`);
    expect((await req(w.manager, 'GET', `${base}/posts/${postId}/checklist`)).json().data.items).toHaveLength(
      1,
    );
  });
});
