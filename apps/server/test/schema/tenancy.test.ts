import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

/**
 * The tenancy rule, checked on the migrated schema: a table with a NOT NULL enterprise_id is a
 * tenant table; its primary key contains enterprise_id, and every foreign key to another tenant
 * table carries enterprise_id to enterprise_id. That keeps tenants apart by construction and is
 * what distributing by enterprise_id (Citus) needs.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

type Row = { table: string; columns: string[] };
type FkRow = { table: string; target: string; columns: string[]; targetColumns: string[]; name: string };

async function tenantTables(): Promise<string[]> {
  const r = await sql<{ table: string }>`
    select c.relname as table
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid and c.relkind in ('r', 'p')
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where a.attname = 'enterprise_id' and a.attnotnull and not a.attisdropped
      and not c.relispartition
    order by 1`.execute(t.db);
  return r.rows.map((x) => x.table);
}

async function primaryKeys(): Promise<Row[]> {
  const r = await sql<Row>`
    select c.relname as table,
      array(select a.attname::text from unnest(k.conkey) as col(n)
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = col.n) as columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where k.contype = 'p'`.execute(t.db);
  return r.rows;
}

async function foreignKeys(): Promise<FkRow[]> {
  const r = await sql<FkRow>`
    select k.conname as name, c.relname as table, f.relname as target,
      array(select a.attname::text from unnest(k.conkey) with ordinality as col(n, i)
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = col.n order by col.i) as columns,
      array(select a.attname::text from unnest(k.confkey) with ordinality as col(n, i)
            join pg_attribute a on a.attrelid = k.confrelid and a.attnum = col.n order by col.i) as target_columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class f on f.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where k.contype = 'f'`.execute(t.db);
  return r.rows;
}

describe('tenant tables', () => {
  it('exist (the rule is not vacuous)', async () => {
    expect(await tenantTables()).toEqual(
      expect.arrayContaining(['org_units', 'enterprise_industries', 'files']),
    );
  });

  it('have enterprise_id in their primary key', async () => {
    const tenants = await tenantTables();
    const pks = new Map((await primaryKeys()).map((p) => [p.table, p.columns]));
    const broken = tenants.filter((table) => !(pks.get(table) ?? []).includes('enterprise_id'));
    expect(broken, 'tenant tables whose primary key lacks enterprise_id').toEqual([]);
  });

  it('join each other only through enterprise_id', async () => {
    const tenants = new Set(await tenantTables());
    const broken = (await foreignKeys())
      .filter((fk) => tenants.has(fk.table) && tenants.has(fk.target))
      .filter((fk) => {
        const i = fk.columns.indexOf('enterprise_id');
        return i < 0 || fk.targetColumns[i] !== 'enterprise_id';
      })
      .map((fk) => `${fk.table}.${fk.name} → ${fk.target}`);
    expect(broken, 'foreign keys between tenant tables without enterprise_id').toEqual([]);
  });
});

describe('the tenancy check itself', () => {
  it('catches a tenant table that breaks the rule', async () => {
    await sql`create table bad_tenant (enterprise_id uuid not null, id uuid primary key)`.execute(t.db);
    try {
      const tenants = await tenantTables();
      expect(tenants).toContain('bad_tenant');
      const pks = new Map((await primaryKeys()).map((p) => [p.table, p.columns]));
      expect(pks.get('bad_tenant')).not.toContain('enterprise_id');
    } finally {
      await sql`drop table bad_tenant`.execute(t.db);
    }
  });
});
