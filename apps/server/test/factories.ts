import { randomUUID } from 'node:crypto';
import { makeCreditCode, orgCodeCheckChar, type Role } from '@shuangkong/contracts';
import type { Db } from '../src/app/db-schema.ts';
import { hashPassword } from '../src/modules/identity/index.ts';
import { TEST_PASSWORD } from './test-app.ts';

let passwordHash: Promise<string> | undefined;
let counter = 0;
const next = () => ++counter;

/** Province 990000 → city 990100 → counties 990102, 990103 → townships below 990102. */
export const PLACES = {
  province: '990000',
  city: '990100',
  county: '990102',
  otherCounty: '990103',
  townA: '990102001000',
  townB: '990102002000',
  otherTown: '990103001000',
} as const;

export async function buildJurisdictions(db: Db): Promise<void> {
  const rows = [
    { code: PLACES.province, parentCode: null, name: '江宁省', level: 'province' as const, path: '990000' },
    {
      code: PLACES.city,
      parentCode: PLACES.province,
      name: '临川市',
      level: 'city' as const,
      path: '990000.990100',
    },
    {
      code: PLACES.county,
      parentCode: PLACES.city,
      name: '青溪县',
      level: 'county' as const,
      path: '990000.990100.990102',
    },
    {
      code: PLACES.otherCounty,
      parentCode: PLACES.city,
      name: '东岭县',
      level: 'county' as const,
      path: '990000.990100.990103',
    },
    {
      code: PLACES.townA,
      parentCode: PLACES.county,
      name: '青溪镇',
      level: 'township' as const,
      path: '990000.990100.990102.990102001000',
    },
    {
      code: PLACES.townB,
      parentCode: PLACES.county,
      name: '白石镇',
      level: 'township' as const,
      path: '990000.990100.990102.990102002000',
    },
    {
      code: PLACES.otherTown,
      parentCode: PLACES.otherCounty,
      name: '东岭镇',
      level: 'township' as const,
      path: '990000.990100.990103.990103001000',
    },
  ];
  await db
    .insertInto('jurisdictions')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function pathOf(db: Db, code: string): Promise<string> {
  const row = await db
    .selectFrom('jurisdictions')
    .select('path')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.path;
}

/** A credit code with a correct check character, unique per call. */
export function creditCode(): string {
  const body = `MA${String(next()).padStart(6, '0')}`;
  return makeCreditCode(`91990102${body}${orgCodeCheckChar(body)}`);
}

export type BuildEnterprise = {
  name?: string;
  jurisdictionCode?: string;
  industryCodes?: string[];
  status?: 'pending' | 'approved' | 'rejected';
};

export async function buildEnterprise(db: Db, o: BuildEnterprise = {}) {
  const id = randomUUID();
  const jurisdictionCode = o.jurisdictionCode ?? PLACES.townA;
  await db
    .insertInto('enterprises')
    .values({
      id,
      name: o.name ?? `测试企业${next()}有限公司`,
      creditCode: creditCode(),
      address: '青溪镇工业路1号',
      jurisdictionCode,
      jurisdictionPath: await pathOf(db, jurisdictionCode),
      scale: 'small',
      isHighRisk: false,
      principalName: '王建国',
      principalPhone: '13800000001',
      contactName: '李安全',
      contactPhone: '13800000002',
      lat: 31.9,
      lng: 118.8,
      employeeCount: 50,
      safeSinceDate: '2025-01-01',
      status: o.status ?? 'approved',
    })
    .execute();
  await db
    .insertInto('enterpriseIndustries')
    .values(
      (o.industryCodes ?? ['hazardous_chemicals']).map((industryCode) => ({
        enterpriseId: id,
        industryCode,
      })),
    )
    .execute();
  return { id, jurisdictionCode };
}

export type BuildRegulator = {
  kind?: string;
  jurisdictionCode?: string;
  remits?: { jurisdictionCode: string; industryCode: string }[];
};

export async function buildRegulator(db: Db, o: BuildRegulator = {}) {
  const id = randomUUID();
  const jurisdictionCode = o.jurisdictionCode ?? PLACES.county;
  await db
    .insertInto('regulators')
    .values({ id, name: `测试监管部门${next()}`, kind: o.kind ?? 'emergencyBureau', jurisdictionCode })
    .execute();
  const remits = o.remits ?? [{ jurisdictionCode, industryCode: '*' }];
  if (remits.length > 0) {
    await db
      .insertInto('regulatorRemits')
      .values(remits.map((r) => ({ regulatorId: id, ...r })))
      .execute();
  }
  return { id };
}

export type BuildUser = {
  roles: Role[];
  name?: string;
  enterpriseId?: string;
  regulatorId?: string;
  orgUnitId?: string;
  status?: 'active' | 'disabled';
};

export async function buildUser(db: Db, o: BuildUser) {
  const id = randomUUID();
  const n = next();
  const username = `user${n}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await db
    .insertInto('users')
    .values({
      id,
      username,
      phone: `139${String(n).padStart(8, '0')}`,
      name: o.name ?? `测试用户${n}`,
      passwordHash: await passwordHash,
      status: o.status ?? 'active',
      enterpriseId: o.enterpriseId ?? null,
      regulatorId: o.regulatorId ?? null,
      orgUnitId: o.orgUnitId ?? null,
    })
    .execute();
  if (o.roles.length > 0) {
    await db
      .insertInto('userRoles')
      .values(o.roles.map((role) => ({ userId: id, role })))
      .execute();
  }
  return { id, username };
}

/** An org unit of an enterprise (department, workshop, team or post). */
export async function buildOrgUnit(
  db: Db,
  enterpriseId: string,
  kind: 'department' | 'workshop' | 'team' | 'post',
  o: { name?: string; parentId?: string | null } = {},
) {
  const id = randomUUID();
  await db
    .insertInto('orgUnits')
    .values({ enterpriseId, id, parentId: o.parentId ?? null, name: o.name ?? `${kind}-${next()}`, kind })
    .execute();
  return { id };
}
