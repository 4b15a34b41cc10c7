import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  PLACES,
} from '../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../test/test-app.ts';
import type { Actor } from '../../kernel/index.ts';
import { sendInApp } from '../../platform/notify/index.ts';

let t: TestApp;
let alice: { id: string; session: Session };
let bob: { id: string; session: Session };
let inspector: Session;
let narrowInspector: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  const chem = await buildEnterprise(t.db);
  const make = async (o: Parameters<typeof buildUser>[1]) => {
    const user = await buildUser(t.db, o);
    return { id: user.id, session: await loginAs(t.app, user.username) };
  };
  alice = await make({ roles: ['safetyManager'], enterpriseId: chem.id });
  bob = await make({ roles: ['worker'], enterpriseId: chem.id });
  const county = await buildRegulator(t.db, { jurisdictionCode: PLACES.county });
  const housing = await buildRegulator(t.db, {
    jurisdictionCode: PLACES.county,
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  inspector = (await make({ roles: ['inspector'], regulatorId: county.id })).session;
  narrowInspector = (await make({ roles: ['inspector'], regulatorId: housing.id })).session;
  // Two pending registrations in the county (one in construction), one in another county.
  await buildEnterprise(t.db, { status: 'pending' });
  await buildEnterprise(t.db, { status: 'pending', industryCodes: ['construction'] });
  await buildEnterprise(t.db, { status: 'pending', jurisdictionCode: PLACES.otherTown });
  for (let i = 1; i <= 3; i += 1) {
    await sendInApp(t.db, [alice.id], {
      kind: 'test.message',
      title: `消息${i}`,
      params: { n: i },
      body: `正文${i}`,
      link: `/x/${i}`,
    });
  }
  await sendInApp(t.db, [bob.id], { kind: 'test.message', title: '给 Bob 的消息' });
  // Messages sent within one clock tick share created_at; spread them so "newest first" is defined.
  for (let i = 1; i <= 3; i += 1) {
    await t.db
      .updateTable('notifications')
      .set({ createdAt: new Date(Date.UTC(2026, 0, 1, 8, i)) })
      .where('title', '=', `消息${i}`)
      .execute();
  }
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const post = (s: Session, url: string) => t.app.inject({ method: 'POST', url, headers: s.headers });

describe('inbox', () => {
  it('lists my own messages newest first with paging and the unread count', async () => {
    const res = await get(alice.session, '/api/v1/inbox?pageSize=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data.map((m: { title: string }) => m.title)).toEqual(['消息3', '消息2']);
    expect(body.data[0]).toMatchObject({
      kind: 'test.message',
      body: '正文3',
      params: { n: 3 },
      link: '/x/3',
      readAt: null,
    });
    expect(body.page).toEqual({ page: 1, pageSize: 2, total: 3 });
    expect(body.unreadCount).toBe(3);
    expect((await get(alice.session, '/api/v1/inbox?page=2&pageSize=2')).json().data).toHaveLength(1);
  });

  it("marks one read, keeps it out of unreadOnly, and refuses someone else's id with 404", async () => {
    const list = (await get(alice.session, '/api/v1/inbox')).json().data as { id: string; title: string }[];
    const first = list.find((m) => m.title === '消息1');
    const res = await post(alice.session, `/api/v1/inbox/${first?.id}/read`);
    expect(res.statusCode).toBe(204);
    const unread = (await get(alice.session, '/api/v1/inbox?unreadOnly=true')).json();
    expect(unread.data.map((m: { title: string }) => m.title)).toEqual(['消息3', '消息2']);
    expect(unread.unreadCount).toBe(2);
    expect(
      (await get(alice.session, '/api/v1/inbox')).json().data.find((m: { id: string }) => m.id === first?.id)
        .readAt,
    ).not.toBeNull();

    const bobsId = (await get(bob.session, '/api/v1/inbox')).json().data[0].id;
    expect((await post(alice.session, `/api/v1/inbox/${bobsId}/read`)).statusCode).toBe(404);
    expect((await get(bob.session, '/api/v1/inbox')).json().unreadCount).toBe(1);
  });

  it('marks all my messages read and no one else’s', async () => {
    expect((await post(alice.session, '/api/v1/inbox/read-all')).statusCode).toBe(204);
    expect((await get(alice.session, '/api/v1/inbox')).json().unreadCount).toBe(0);
    expect((await get(bob.session, '/api/v1/inbox')).json().unreadCount).toBe(1);
  });

  it('requires a login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox' })).statusCode).toBe(401);
  });
});

describe('todos', () => {
  it('gives an enterprise user the unread count only', async () => {
    const res = await get(bob.session, '/api/v1/todos');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([{ key: 'inbox', title: '未读消息', count: 1, link: '/inbox' }]);
  });

  it('adds the pending registrations a regulator can see', async () => {
    const todos = (await get(inspector, '/api/v1/todos')).json().data;
    expect(todos).toContainEqual({
      key: 'pendingRegistrations',
      title: '待审核企业注册',
      count: 2,
      link: '/enterprises?status=pending',
    });
    const narrow = (await get(narrowInspector, '/api/v1/todos')).json().data;
    expect(narrow.find((x: { key: string }) => x.key === 'pendingRegistrations').count).toBe(1);
  });

  it('takes lines from the to-do sources of every module, each once', async () => {
    const { createAppTodos } = await import('../todos.ts');
    const source = async () => ({
      key: 'hazardsOverdue',
      title: '逾期隐患',
      count: 4,
      link: '/hazards?overdue=true',
    });
    const todos = createAppTodos([], [{ todoSources: [source] }, { todoSources: [source] }]);
    const actor: Actor = {
      userId: bob.id,
      username: 'bob',
      name: 'Bob',
      roles: ['worker'],
      permissions: new Set(),
      enterpriseId: null,
      regulatorId: null,
      orgUnitId: null,
      scope: { kind: 'none' },
      via: 'session',
    };
    const lines = await todos.collect({ db: t.db, actor });
    expect(lines.map((x) => x.key)).toEqual(['inbox', 'hazardsOverdue']);
  });
});
