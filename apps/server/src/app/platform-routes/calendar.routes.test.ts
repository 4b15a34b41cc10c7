import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../test/test-app.ts';
import { verifyAuditChains } from '../../platform/audit/index.ts';
import { seedCalendarIfEmpty } from '../../platform/calendar/index.ts';

let t: TestApp;
let admin: Session;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedCalendarIfEmpty(t.db)).toEqual([2024, 2025, 2026, 2027]);
  expect(await seedCalendarIfEmpty(t.db)).toEqual([]);
  admin = await loginAs(t.app, (await buildUser(t.db, { roles: ['platformAdmin'] })).username);
  worker = await loginAs(t.app, (await buildUser(t.db, { roles: ['inspector'] })).username);
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const put = (s: Session, year: number, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/calendar/years/${year}`, headers: s.headers, payload });
const workingDay = async (from: string, add: number) => {
  const res = await get(worker, `/api/v1/calendar/working-days?from=${from}&add=${add}`);
  expect(res.statusCode).toBe(200);
  return res.json().data.date as string;
};

describe('calendar years', () => {
  it('lists the shipped years, 2027 provisional', async () => {
    const res = await get(worker, '/api/v1/calendar/years');
    expect(
      res.json().data.map((y: { year: number; isProvisional: boolean }) => [y.year, y.isProvisional]),
    ).toEqual([
      [2024, false],
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
  });

  it("returns one year's days in order and 404 for a year not stored", async () => {
    const res = await get(worker, '/api/v1/calendar/years/2025');
    const days = res.json().data.days as { date: string; kind: string; name: string }[];
    expect(days[0]).toEqual({ date: '2025-01-01', kind: 'holiday', name: '元旦' });
    expect(days).toContainEqual({ date: '2025-01-26', kind: 'workday', name: '春节' });
    expect((await get(worker, '/api/v1/calendar/years/2031')).statusCode).toBe(404);
  });
});

describe('working days', () => {
  it('skips the Spring Festival and counts its make-up Sundays (2025)', async () => {
    // Fri 24 Jan → Sun 26 Jan is a make-up workday; 28 Jan–4 Feb off; Sat 8 Feb is a workday.
    expect(await workingDay('2025-01-24', 1)).toBe('2025-01-26');
    expect(await workingDay('2025-01-27', 1)).toBe('2025-02-05');
    expect(await workingDay('2025-02-07', 1)).toBe('2025-02-08');
    expect(await workingDay('2025-01-30', 0)).toBe('2025-02-05');
  });

  it('crosses National Day with its make-up days (2025 and 2026)', async () => {
    // 2025: Sun 28 Sep is a workday, 1–8 Oct off, Sat 11 Oct a workday.
    expect(await workingDay('2025-09-26', 1)).toBe('2025-09-28');
    expect(await workingDay('2025-09-30', 1)).toBe('2025-10-09');
    expect(await workingDay('2025-10-10', 1)).toBe('2025-10-11');
    // 2026: 1–7 Oct off, Sat 10 Oct a workday; ten working days from 30 Sep.
    expect(await workingDay('2026-09-30', 10)).toBe('2026-10-20');
    expect(await workingDay('2025-10-09', -1)).toBe('2025-09-30');
  });

  it('rejects a malformed date or count', async () => {
    const bad = await get(worker, '/api/v1/calendar/working-days?from=2025-02-30&add=1');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.from');
    expect((await get(worker, '/api/v1/calendar/working-days?from=2025-02-03&add=x')).statusCode).toBe(400);
  });
});

describe('PUT /api/v1/calendar/years/:year', () => {
  const official2027 = {
    isProvisional: false,
    days: [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ...[
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-12',
        '2027-02-13',
      ].map((date) => ({ date, kind: 'holiday', name: '春节' })),
      { date: '2027-02-14', kind: 'workday', name: '春节' },
      { date: '2027-04-05', kind: 'holiday', name: '清明节' },
      { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
      { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
      { date: '2027-06-09', kind: 'holiday', name: '端午节' },
      { date: '2027-09-15', kind: 'holiday', name: '中秋节' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-03', kind: 'holiday', name: '国庆节' },
    ],
  };

  it('needs calendar.manage', async () => {
    const res = await put(worker, 2027, official2027);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('names the field of each broken rule', async () => {
    const days = [...official2027.days];
    days[3] = { date: '2027-02-31', kind: 'holiday', name: '春节' };
    days[11] = { date: '2027-04-05', kind: 'workday', name: '清明节' };
    const res = await put(admin, 2027, { ...official2027, days });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.field).toBe('body.days.3.date');
    expect(error.issues.map((i: { field: string }) => i.field)).toContain('body.days.11.kind');
    expect(error.reasons).toContainEqual({
      field: 'body.days.11.kind',
      code: 'STATUTORY_HOLIDAY_AS_WORKDAY',
      date: '2027-04-05',
    });
  });

  it('replaces the year, audits before and after on the platform chain, and moves deadlines at once', async () => {
    // Provisional 2027: Spring Festival is 5–8 Feb only, so 9 Feb is the next working day.
    expect(await workingDay('2027-02-04', 1)).toBe('2027-02-09');
    const res = await put(admin, 2027, official2027);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ year: 2027, isProvisional: false });
    expect(res.json().data.days).toHaveLength(official2027.days.length);
    // Now off until the 13th, with Sunday the 14th a make-up workday.
    expect(await workingDay('2027-02-04', 1)).toBe('2027-02-14');
    expect(await workingDay('2027-02-14', 1)).toBe('2027-02-15');

    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'calendar.year-saved')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ chain: 'platform', entityType: 'calendarYear', entityId: '2027' });
    expect(event.before).toMatchObject({ year: 2027, isProvisional: true });
    expect(event.after).toMatchObject({ year: 2027, isProvisional: false });
    expect((await verifyAuditChains(t.db)).breaks).toEqual([]);
    const list = (await get(worker, '/api/v1/calendar/years')).json().data;
    expect(list.find((y: { year: number }) => y.year === 2027).isProvisional).toBe(false);
  });
});
