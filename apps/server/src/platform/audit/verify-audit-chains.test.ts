import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlatformTables } from '../db/platform-tables.ts';
import { openTestDatabase } from '../../../test/test-database.ts';
import { openDatabase } from '../db/database.ts';
import { appendAuditEvent, type AuditContext } from './append-audit-event.ts';
import { verifyAuditChains } from './verify-audit-chains.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const ctx: AuditContext = { actorId: null, actorName: '测试', requestId: 'req-1', ip: '127.0.0.1' };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

async function chainOf(events: number): Promise<string> {
  const chain = randomUUID();
  for (let i = 1; i <= events; i += 1) {
    await database.db.transaction().execute((trx) =>
      appendAuditEvent(trx, ctx, {
        enterpriseId: chain,
        action: 'thing.updated',
        entityType: 'thing',
        entityId: `t${i}`,
        before: { n: i - 1 },
        after: { n: i, note: '整改完成' },
      }),
    );
  }
  return chain;
}

const breakOf = async (chain: string) =>
  (await verifyAuditChains(database.db)).breaks.find((b) => b.chain === chain);

describe('verifyAuditChains', () => {
  it('passes intact chains and counts them', async () => {
    const a = await chainOf(3);
    const b = await chainOf(2);
    const result = await verifyAuditChains(database.db);
    expect(result.breaks).toEqual([]);
    expect(result.chains).toBeGreaterThanOrEqual(2);
    expect(result.events).toBeGreaterThanOrEqual(5);
    expect(await breakOf(a)).toBeUndefined();
    expect(await breakOf(b)).toBeUndefined();
  });

  it("catches an edited `after` at that event's seq and leaves the other chain valid", async () => {
    const tampered = await chainOf(4);
    const intact = await chainOf(4);
    await sql`update audit_events set after = '{"n": 3, "note": "未整改"}'::jsonb
      where chain = ${tampered} and seq = 3`.execute(database.db);
    expect(await breakOf(tampered)).toEqual({
      chain: tampered,
      seq: 3,
      reason: 'content does not match its hash',
    });
    expect(await breakOf(intact)).toBeUndefined();
  });

  it('catches a deleted event at the missing seq', async () => {
    const chain = await chainOf(4);
    await sql`delete from audit_events where chain = ${chain} and seq = 2`.execute(database.db);
    expect(await breakOf(chain)).toEqual({ chain, seq: 2, reason: 'missing event' });
  });

  it('catches a deleted last event against the chain head', async () => {
    const chain = await chainOf(3);
    await sql`delete from audit_events where chain = ${chain} and seq = 3`.execute(database.db);
    expect(await breakOf(chain)).toEqual({ chain, seq: 3, reason: 'chain is shorter than its head' });
  });

  it('catches re-ordered links (prev_hash swapped between two events) at the first of them', async () => {
    const chain = await chainOf(4);
    await sql`update audit_events a set prev_hash = b.prev_hash
      from audit_events b
      where a.chain = ${chain} and b.chain = ${chain}
        and ((a.seq = 2 and b.seq = 3) or (a.seq = 3 and b.seq = 2))`.execute(database.db);
    expect(await breakOf(chain)).toEqual({ chain, seq: 2, reason: 'previous hash does not match' });
  });

  it.runIf(inject('databaseUrl') !== '')(
    'keeps one chain gapless under 20 concurrent transactions (PostgreSQL)',
    async () => {
      // Twenty connections of their own, so all twenty transactions really are open at once.
      const { rows: names } = await sql<{ name: string }>`select current_database() as name`.execute(
        database.db,
      );
      const url = new URL(inject('databaseUrl'));
      url.pathname = `/${names[0]?.name ?? ''}`;
      const wide = await openDatabase<PlatformTables>({ url: url.toString(), poolSize: 20 });
      const chain = randomUUID();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          wide.db.transaction().execute(async (trx) => {
            await appendAuditEvent(
              trx,
              { ...ctx, requestId: `r${i}` },
              {
                enterpriseId: chain,
                action: 'thing.updated',
                entityType: 'thing',
                entityId: `t${i}`,
                after: { i },
              },
            );
            // Hold the transaction open a moment so the others really queue on the head lock.
            await sql`select pg_sleep(0.01)`.execute(trx);
          }),
        ),
      );
      await wide.close();
      const rows = await database.db
        .selectFrom('auditEvents')
        .select('seq')
        .where('chain', '=', chain)
        .orderBy('seq')
        .execute();
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await breakOf(chain)).toBeUndefined();
    },
  );
});
