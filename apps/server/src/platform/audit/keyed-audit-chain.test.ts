import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/test-database.ts';
import { anchorChainHeads } from './anchor-chain-heads.ts';
import { appendAuditEvent, type AuditContext } from './append-audit-event.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { canonicalJson } from './canonical-json.ts';
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
        action: 'hazard.accepted',
        entityType: 'hazard',
        entityId: `h${i}`,
        after: { n: i, note: '验收合格' },
      }),
    );
  }
  return chain;
}

type Row = Awaited<ReturnType<typeof rowsOf>>[number];
const rowsOf = (chain: string) =>
  database.db.selectFrom('auditEvents').selectAll().where('chain', '=', chain).orderBy('seq').execute();

/** What someone with write access to the database but without the key can do: edit, then re-link. */
async function rewriteWithoutKey(chain: string, seq: number, after: unknown, from = 1): Promise<void> {
  let prevHash = GENESIS_HASH;
  for (const row of await rowsOf(chain)) {
    if (row.seq < from) {
      prevHash = row.hash;
      continue;
    }
    const edited: Row = row.seq === seq ? { ...row, after } : row;
    const fields = { ...edited, occurredAt: new Date(edited.occurredAt), prevHash };
    // Plain SHA-256 (the only hash the writer can compute) with every link re-made after the edit.
    const hash = createHash('sha256')
      .update(canonicalJson(stripped(fields)))
      .digest('hex');
    const json = edited.after === null ? null : JSON.stringify(edited.after);
    await sql`update audit_events set after = ${json}::jsonb, prev_hash = ${prevHash}, hash = ${hash}
      where chain = ${chain} and seq = ${row.seq}`.execute(database.db);
    prevHash = hash;
  }
  await sql`update audit_chain_heads set hash = ${prevHash} where chain = ${chain}`.execute(database.db);
}

function stripped(fields: Parameters<typeof auditHash>[0]) {
  const { chain, seq, id, enterpriseId, actorId, actorName, action, entityType, entityId } = fields;
  const { before, after, requestId, ip, occurredAt, prevHash } = fields;
  return {
    chain,
    seq,
    id,
    enterpriseId,
    actorId,
    actorName,
    action,
    entityType,
    entityId,
    before: before ?? null,
    after: after ?? null,
    requestId,
    ip,
    occurredAt,
    prevHash,
  };
}

const breakOf = async (chain: string, anchorFile?: string) =>
  (await verifyAuditChains(database.db, { anchorFile })).breaks.find((b) => b.chain === chain);

describe('keyed audit chain', () => {
  it('writes keyed links that verify', async () => {
    const chain = await chainOf(3);
    expect((await rowsOf(chain)).every((r) => r.keyed)).toBe(true);
    expect(await breakOf(chain)).toBeUndefined();
  });

  it('catches an edited row whose chain was re-linked with plain hashes', async () => {
    const chain = await chainOf(4);
    await rewriteWithoutKey(chain, 2, { n: 2, note: '未整改' });
    expect(await breakOf(chain)).toEqual({ chain, seq: 1, reason: 'content does not match its hash' });
  });

  it('catches a chain downgraded to unkeyed links after keyed ones', async () => {
    const chain = await chainOf(3);
    await rewriteWithoutKey(chain, 3, { n: 3, note: '改' }, 2);
    await sql`update audit_events set keyed = false where chain = ${chain} and seq >= 2`.execute(database.db);
    expect(await breakOf(chain)).toEqual({ chain, seq: 2, reason: 'unkeyed link after keyed links' });
  });

  it('still verifies links written before keying when they come first', async () => {
    const chain = await chainOf(3);
    // Turn link 1 into a pre-keying link (plain SHA-256) and re-link the rest under the key.
    let prevHash = GENESIS_HASH;
    for (const row of await rowsOf(chain)) {
      const fields = { ...row, occurredAt: new Date(row.occurredAt), prevHash };
      const keyed = row.seq > 1;
      const hash = keyed
        ? auditHash(fields, Buffer.from('test-audit-key-test-audit-key-0000'))
        : auditHash(fields);
      await sql`update audit_events set prev_hash = ${prevHash}, hash = ${hash}, keyed = ${keyed}
        where chain = ${chain} and seq = ${row.seq}`.execute(database.db);
      prevHash = hash;
    }
    await sql`update audit_chain_heads set hash = ${prevHash} where chain = ${chain}`.execute(database.db);
    expect(await breakOf(chain)).toBeUndefined();
  });
});

describe('anchors outside the database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sk-anchor-'));

  it('appends only the heads that moved, and verifies against them', async () => {
    const file = join(dir, 'a.jsonl');
    const chain = await chainOf(2);
    expect(await anchorChainHeads(database.db, file)).toBeGreaterThanOrEqual(1);
    expect(await anchorChainHeads(database.db, file)).toBe(0);
    await chainOf(1);
    expect(await anchorChainHeads(database.db, file)).toBe(1);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes(chain))).toHaveLength(1);
    expect(await breakOf(chain, file)).toBeUndefined();
  });

  it('catches a chain rewritten even with the key once its old head was anchored', async () => {
    const file = join(dir, 'b.jsonl');
    const chain = await chainOf(3);
    await anchorChainHeads(database.db, file);
    // A writer holding the key too: delete the last event and move the head back.
    await sql`delete from audit_events where chain = ${chain} and seq = 3`.execute(database.db);
    const [last] = await sql<{ hash: string }>`select hash from audit_events
      where chain = ${chain} and seq = 2`
      .execute(database.db)
      .then((r) => r.rows);
    await sql`update audit_chain_heads set seq = 2, hash = ${last?.hash ?? ''} where chain = ${chain}`.execute(
      database.db,
    );
    expect(await breakOf(chain)).toBeUndefined();
    expect(await breakOf(chain, file)).toMatchObject({ chain, seq: 3 });
  });

  it('ignores a torn last line after a crash', async () => {
    const file = join(dir, 'c.jsonl');
    const chain = await chainOf(1);
    await anchorChainHeads(database.db, file);
    appendFileSync(file, '{"at":"2026-12-02T00:00:00Z","chain":"x');
    expect(await breakOf(chain, file)).toBeUndefined();
  });
});
