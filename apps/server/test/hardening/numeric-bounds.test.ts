import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../factories.ts';
import { buildRiskObject } from '../risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../test-app.ts';

// The largest magnitude any input may have: money in fen (ten billion yuan) is the widest bound.
const REALISTIC = 1e12;

type JsonSchema = {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  $ref?: string;
};
type Operation = {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Every numeric leaf of a schema, with its path and its bounds. */
export function numericLeaves(
  schema: JsonSchema | undefined,
  path: string,
): { path: string; s: JsonSchema }[] {
  if (!schema || typeof schema !== 'object') return [];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const out: { path: string; s: JsonSchema }[] = [];
  if (types.includes('number') || types.includes('integer')) out.push({ path, s: schema });
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...numericLeaves(v, `${path}.${k}`));
  const items = Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : [];
  for (const [i, v] of [...items, ...(schema.prefixItems ?? [])].entries())
    out.push(...numericLeaves(v, `${path}.${i}`));
  for (const v of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...numericLeaves(v, path));
  if (typeof schema.additionalProperties === 'object')
    out.push(...numericLeaves(schema.additionalProperties, `${path}.*`));
  return out;
}

function isBounded(s: JsonSchema): boolean {
  const min = s.minimum ?? s.exclusiveMinimum;
  const max = s.maximum ?? s.exclusiveMaximum;
  return min !== undefined && max !== undefined && min >= -REALISTIC && max <= REALISTIC;
}

let t: TestApp;
let manager: Session;
let enterpriseId: string;
let objectId: string;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  enterpriseId = (await buildEnterprise(t.db)).id;
  manager = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId })).username,
  );
  objectId = (await buildRiskObject(t.db, enterpriseId, { name: '液氯储罐区' })).id;
});

describe('every numeric input of the API has a finite, realistic bound', () => {
  it('holds for every body, query and path field of every operation', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const unbounded: string[] = [];
    let checked = 0;
    for (const [url, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const leaves = [
          ...(op.parameters ?? []).flatMap((p) => numericLeaves(p.schema, `${p.in}.${p.name}`)),
          ...Object.values(op.requestBody?.content ?? {}).flatMap((c) => numericLeaves(c.schema, 'body')),
        ];
        for (const leaf of leaves) {
          checked += 1;
          if (!isBounded(leaf.s)) unbounded.push(`${method.toUpperCase()} ${url} ${leaf.path}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(unbounded).toEqual([]);
  });

  it('the check itself finds an unbounded field', () => {
    const leaves = numericLeaves(
      {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'integer', minimum: 0, maximum: 9 } },
      },
      'body',
    );
    expect(leaves.filter((l) => !isBounded(l.s)).map((l) => l.path)).toEqual(['body.a']);
  });
});

const send = (method: 'POST' | 'PUT', url: string, raw: string) =>
  t.app.inject({
    method,
    url,
    headers: { ...manager.headers, 'content-type': 'application/json' },
    payload: raw,
  });

const fieldOf = (res: { json(): unknown }) => (res.json() as { error: { field?: string } }).error.field;

describe('non-finite and out-of-bound numbers are refused with 400 naming the field', () => {
  // JSON has no Infinity, but 1e309 parses to it; NaN and Infinity arrive as query-string text.
  const values = ['1e309', '-1e309', '1e308', '10000001', '-1'];

  it.each(values)('major-source calculator: quantityTonnes = %s', async (v) => {
    const res = await send(
      'POST',
      '/api/v1/major-sources/evaluate',
      `{"substances":[{"code":"T1-12","quantityTonnes":${v}}],"exposedPopulation":0}`,
    );
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.substances.0.quantityTonnes');
  });

  it.each(values)('stored inventory: quantityTonnes = %s, and nothing is committed', async (v) => {
    const url = `/api/v1/enterprises/${enterpriseId}/risk-objects/${objectId}/major-source`;
    const res = await send(
      'PUT',
      url,
      `{"exposedPopulation":0,"inventory":[{"substanceCode":"T1-12","quantityTonnes":${v}}]}`,
    );
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.inventory.0.quantityTonnes');
    const object = await t.db
      .selectFrom('riskObjects')
      .select(['isMajorSource', 'majorSourceGrade'])
      .where('id', '=', objectId)
      .executeTakeFirstOrThrow();
    expect(object).toEqual({ isMajorSource: false, majorSourceGrade: null });
    const board = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${enterpriseId}/major-sources`,
      headers: manager.headers,
    });
    expect(board.statusCode).toBe(200);
  });

  it.each(['1e309', '20000000'])('exposed population = %s', async (v) => {
    const res = await send(
      'POST',
      '/api/v1/major-sources/evaluate',
      `{"substances":[{"code":"T1-12","quantityTonnes":1}],"exposedPopulation":${v}}`,
    );
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.exposedPopulation');
  });

  it.each(['1e309', '100001', '0'])('LEC factor = %s', async (v) => {
    const res = await send(
      'POST',
      '/api/v1/assessments/evaluate',
      `{"method":"lec","inputs":{"l":${v},"e":6,"c":7}}`,
    );
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toMatch(/^body\.inputs\.l$|^body$/);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e9'])('query page = %s', async (v) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises?page=${v}`,
      headers: manager.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('querystring.page');
  });
});
