import { describe, expect, it, vi } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  DEMO_COUNTY_CODE,
  DEMO_INDUSTRY_CODES,
  DEMO_PASSWORD,
  demoCounty,
  EMERGENCY_BUREAU_KEY,
  EMERGENCY_ONLY_INDUSTRIES,
  flattenOrgUnits,
  jurisdictionContains,
  orgCodeCheck,
  orgTreeOf,
  parseOrgTree,
  regulatorCovers,
  regulatorsOf,
  SHOWCASE_ENTERPRISE_KEY,
  SHOWCASE_WORKER_POST,
  townshipOf,
  type DemoIndustryCode,
} from './index.ts';

const { jurisdictions, regulators, enterprises, orgTrees, users, personas } = demoCounty;

function duplicates<T>(values: T[]): T[] {
  const seen = new Set<T>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

const codes = new Set(jurisdictions.map((j) => j.code));
const industryCodes = new Set<string>(DEMO_INDUSTRY_CODES);

describe('jurisdictions', () => {
  it('have unique codes and existing parents', () => {
    expect(duplicates(jurisdictions.map((j) => j.code))).toEqual([]);
    for (const j of jurisdictions) {
      if (j.parentCode !== null) expect(codes.has(j.parentCode), j.code).toBe(true);
    }
  });

  it('use the fictional 99 prefix and 12-digit township/grid codes', () => {
    for (const j of jurisdictions) {
      expect(j.code.startsWith('99'), j.code).toBe(true);
      if (j.level === 'township' || j.level === 'grid') {
        expect(j.code, j.name).toMatch(/^990102\d{6}$/);
        expect(j.code.endsWith('000'), j.name).toBe(j.level === 'township');
      }
    }
  });

  it('has at least 8 townships, each with 2–4 grids', () => {
    const townships = jurisdictions.filter((j) => j.level === 'township');
    expect(townships.length).toBeGreaterThanOrEqual(8);
    expect(townships.map((t) => t.name)).toContain('临港工业园区');
    for (const t of townships) {
      const grids = jurisdictions.filter((j) => j.parentCode === t.code);
      expect(grids.every((g) => g.level === 'grid')).toBe(true);
      expect(grids.length, t.name).toBeGreaterThanOrEqual(2);
      expect(grids.length, t.name).toBeLessThanOrEqual(4);
    }
  });
});

describe('regulators', () => {
  it('are at least 6, with unique keys and known jurisdictions and industries', () => {
    expect(regulators.length).toBeGreaterThanOrEqual(6);
    expect(duplicates(regulators.map((r) => r.key))).toEqual([]);
    expect(duplicates(regulators.map((r) => r.name))).toEqual([]);
    for (const r of regulators) {
      expect(codes.has(r.jurisdictionCode), r.key).toBe(true);
      for (const remit of r.remit) {
        expect(jurisdictionContains(r.jurisdictionCode, remit.jurisdictionCode), r.key).toBe(true);
        if (remit.industryCodes !== 'all') {
          for (const code of remit.industryCodes) expect(industryCodes.has(code), code).toBe(true);
        }
      }
    }
    expect(regulators.filter((r) => r.kind === 'township').length).toBeGreaterThanOrEqual(2);
  });
});

describe('enterprises', () => {
  it('are at least 30 across at least 8 industries, with unique keys, names and codes', () => {
    expect(enterprises.length).toBeGreaterThanOrEqual(30);
    expect(new Set(enterprises.flatMap((e) => e.industryCodes)).size).toBeGreaterThanOrEqual(8);
    expect(duplicates(enterprises.map((e) => e.key))).toEqual([]);
    expect(duplicates(enterprises.map((e) => e.name))).toEqual([]);
    expect(duplicates(enterprises.map((e) => e.creditCode17))).toEqual([]);
  });

  it('have valid credit-code prefixes', () => {
    for (const e of enterprises) {
      const cc = e.creditCode17;
      expect(cc, e.key).toHaveLength(17);
      expect(
        [...cc].every((ch) => CREDIT_CODE_CHARSET.includes(ch)),
        `${e.key} ${cc}`,
      ).toBe(true);
      expect(['91', '12'], e.key).toContain(cc.slice(0, 2));
      expect(cc.slice(2, 8)).toBe(DEMO_COUNTY_CODE);
      expect(orgCodeCheck(cc.slice(8, 16)), e.key).toBe(cc[16]);
    }
  });

  it('sit in known townships or grids, inside the county, near 31.9 N 118.8 E', () => {
    for (const e of enterprises) {
      expect(codes.has(e.jurisdictionCode), e.key).toBe(true);
      expect(jurisdictionContains(DEMO_COUNTY_CODE, e.jurisdictionCode)).toBe(true);
      expect(e.address.startsWith('江宁省临川市青溪县'), e.key).toBe(true);
      const township = jurisdictions.find((j) => j.code === townshipOf(e.jurisdictionCode));
      expect(township && e.address.includes(township.name), `${e.key} ${e.address}`).toBe(true);
      expect(Math.abs(e.location.lat - 31.9), e.key).toBeLessThan(0.15);
      expect(Math.abs(e.location.lng - 118.8), e.key).toBeLessThan(0.15);
    }
  });

  it('use only known industry codes and have plausible fields', () => {
    for (const e of enterprises) {
      expect(e.industryCodes.length, e.key).toBeGreaterThan(0);
      for (const code of e.industryCodes) expect(industryCodes.has(code), `${e.key} ${code}`).toBe(true);
      expect(e.safeSinceDate, e.key).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(e.safeSinceDate)), e.key).toBe(false);
      expect(e.employeeCount, e.key).toBeGreaterThan(0);
      expect(e.principal.phone, e.key).toMatch(/^1[358]\d{9}$/);
      expect(e.contact.phone, e.key).toMatch(/^1[358]\d{9}$/);
      expect(e.reviewReason !== null, e.key).toBe(e.status === 'rejected');
    }
  });

  it('include 2 pending registrations and 1 rejected one', () => {
    expect(enterprises.filter((e) => e.status === 'pending')).toHaveLength(2);
    expect(enterprises.filter((e) => e.status === 'rejected')).toHaveLength(1);
  });

  it('include the showcase chemical plant with a tank farm in 临港工业园区', () => {
    const plant = enterprises.find((e) => e.key === SHOWCASE_ENTERPRISE_KEY);
    expect(plant?.isHighRisk).toBe(true);
    expect(plant?.features).toContain('tankFarm');
    expect(plant?.industryCodes).toContain('hazardous_chemicals');
    expect(jurisdictions.find((j) => j.code === townshipOf(plant?.jurisdictionCode ?? ''))?.name).toBe(
      '临港工业园区',
    );
  });
});

describe('supervision coverage', () => {
  const emergency = regulators.find((r) => r.key === EMERGENCY_BUREAU_KEY);

  it('the emergency bureau covers every enterprise', () => {
    expect(emergency?.kind).toBe('emergencyBureau');
    for (const e of enterprises) expect(emergency && regulatorCovers(emergency, e), e.key).toBe(true);
  });

  it('every enterprise is covered by its township', () => {
    for (const e of enterprises) {
      expect(
        regulatorsOf(e).some((r) => r.kind === 'township'),
        e.key,
      ).toBe(true);
    }
  });

  it('every industry with a department is covered by it, and no other industry lacks one', () => {
    const departments = regulators.filter((r) => r.kind === 'industryDepartment');
    const departmentIndustries = new Set(
      departments.flatMap((d) => d.remit.flatMap((r) => (r.industryCodes === 'all' ? [] : r.industryCodes))),
    );
    for (const code of DEMO_INDUSTRY_CODES) {
      expect(departmentIndustries.has(code) || EMERGENCY_ONLY_INDUSTRIES.includes(code), code).toBe(true);
    }
    for (const e of enterprises) {
      const covering = regulatorsOf(e).filter((r) => r.kind === 'industryDepartment');
      for (const code of e.industryCodes.filter((c: DemoIndustryCode) => departmentIndustries.has(c))) {
        const owners = departments.filter((d) =>
          d.remit.some((r) => r.industryCodes !== 'all' && r.industryCodes.includes(code)),
        );
        expect(
          owners.some((o) => covering.includes(o)),
          `${e.key} ${code}`,
        ).toBe(true);
      }
    }
  });
});

describe('org trees', () => {
  it('exist for every enterprise, with unique keys and sizes fitting the scale', () => {
    expect(orgTrees.map((t) => t.enterpriseKey)).toEqual(enterprises.map((e) => e.key));
    for (const e of enterprises) {
      const units = flattenOrgUnits(orgTreeOf(e.key).units);
      expect(duplicates(units.map((u) => u.key)), e.key).toEqual([]);
      expect(
        units.some((u) => u.key === 'safety' && u.parentKey === null),
        e.key,
      ).toBe(true);
      const [min, max] = { large: [15, 40], medium: [8, 30], small: [4, 8], micro: [4, 8] }[e.scale];
      expect(units.length, `${e.key} ${e.scale}`).toBeGreaterThanOrEqual(min ?? 0);
      expect(units.length, `${e.key} ${e.scale}`).toBeLessThanOrEqual(max ?? 0);
      for (const u of units) {
        if (u.kind === 'post') expect(u.children, u.key).toEqual([]);
      }
    }
  });

  it('parses the template format strictly', () => {
    expect(parseOrgTree('D a 甲\n  T b 乙\n    P c 丙')[0]?.children[0]?.children[0]?.key).toBe('a.b.c');
    expect(() => parseOrgTree('D a 甲\n    P c 丙')).toThrow();
    expect(() => parseOrgTree('X a 甲')).toThrow();
  });
});

describe('users', () => {
  it('have unique, well-formed usernames and unique phones', () => {
    expect(duplicates(users.map((u) => u.username))).toEqual([]);
    expect(duplicates(users.map((u) => u.phone))).toEqual([]);
    for (const u of users) {
      expect(u.username).toMatch(/^[a-z][a-z0-9_.-]{2,31}$/);
      expect(u.phone, u.username).toMatch(/^1[358]\d{9}$/);
      expect(u.roles.length, u.username).toBeGreaterThan(0);
    }
  });

  it('link to existing enterprises, org units and regulators', () => {
    const enterpriseKeys = new Set(enterprises.map((e) => e.key));
    const regulatorKeys = new Set(regulators.map((r) => r.key));
    for (const u of users) {
      if (u.enterpriseKey !== undefined) {
        expect(enterpriseKeys.has(u.enterpriseKey), u.username).toBe(true);
        const unitKeys = new Set(flattenOrgUnits(orgTreeOf(u.enterpriseKey).units).map((x) => x.key));
        if (u.orgUnitKey !== undefined) expect(unitKeys.has(u.orgUnitKey), u.username).toBe(true);
      } else {
        expect(u.orgUnitKey, u.username).toBeUndefined();
      }
      if (u.regulatorKey !== undefined) expect(regulatorKeys.has(u.regulatorKey), u.username).toBe(true);
      expect(u.enterpriseKey !== undefined && u.regulatorKey !== undefined, u.username).toBe(false);
    }
  });

  it('give every enterprise its principal and safety manager, matching the enterprise record', () => {
    for (const e of enterprises) {
      const own = users.filter((u) => u.enterpriseKey === e.key);
      const principal = own.find((u) => u.roles.includes('enterprisePrincipal'));
      const safety = own.find((u) => u.roles.includes('safetyManager'));
      expect(principal && { name: principal.name, phone: principal.phone }, e.key).toEqual(e.principal);
      expect(safety && { name: safety.name, phone: safety.phone }, e.key).toEqual(e.contact);
      if (e.status === 'approved') {
        expect(own.filter((u) => u.roles.includes('worker')).length, e.key).toBeGreaterThanOrEqual(2);
        const leads = own.filter((u) => u.roles.includes('unitLead') || u.roles.includes('teamLead'));
        expect(leads.length, e.key).toBeGreaterThanOrEqual(1);
        expect(leads.length, e.key).toBeLessThanOrEqual(3);
        const posts = new Set(
          flattenOrgUnits(orgTreeOf(e.key).units)
            .filter((x) => x.kind === 'post')
            .map((x) => x.key),
        );
        for (const w of own.filter((u) => u.roles.includes('worker'))) {
          expect(posts.has(w.orgUnitKey ?? ''), w.username).toBe(true);
        }
      }
    }
  });

  it('give every regulator an admin and an inspector, and include experts, an agency and a platform admin', () => {
    for (const r of regulators) {
      const own = users.filter((u) => u.regulatorKey === r.key);
      expect(
        own.some((u) => u.roles.includes('regulatorAdmin')),
        r.key,
      ).toBe(true);
      expect(
        own.some((u) => u.roles.includes('inspector')),
        r.key,
      ).toBe(true);
    }
    expect(users.filter((u) => u.roles.includes('expert')).length).toBeGreaterThanOrEqual(1);
    expect(users.filter((u) => u.roles.includes('platformAdmin'))).toHaveLength(1);
    // The evaluation agency's account (挂牌督办): of no enterprise and no regulator.
    const agency = users.find((u) => u.username === 'pingjia');
    expect(agency).toMatchObject({ roles: ['agency'] });
    expect(agency?.enterpriseKey ?? agency?.regulatorKey).toBeUndefined();
  });
});

describe('personas', () => {
  const byName = new Map(users.map((u) => [u.username, u]));

  it('are exactly the eight demo logins, all with the demo password', () => {
    expect(personas.map((p) => p.username)).toEqual([
      'anquan',
      'gongren',
      'fuzeren',
      'yingji',
      'zhujian',
      'xiangzhen',
      'pingjia',
      'admin',
    ]);
    for (const p of personas) {
      expect(p.password).toBe(DEMO_PASSWORD);
      expect(byName.has(p.username), p.username).toBe(true);
    }
  });

  it('have the roles and links their descriptions promise', () => {
    const get = (username: string) => byName.get(username);
    expect(get('anquan')).toMatchObject({ roles: ['safetyManager'], enterpriseKey: SHOWCASE_ENTERPRISE_KEY });
    expect(get('fuzeren')).toMatchObject({
      roles: ['enterprisePrincipal'],
      enterpriseKey: SHOWCASE_ENTERPRISE_KEY,
    });
    expect(get('gongren')).toMatchObject({
      roles: ['worker'],
      enterpriseKey: SHOWCASE_ENTERPRISE_KEY,
      orgUnitKey: SHOWCASE_WORKER_POST,
    });
    expect(get('yingji')).toMatchObject({ roles: ['inspector'], regulatorKey: EMERGENCY_BUREAU_KEY });
    expect(get('zhujian')).toMatchObject({ roles: ['inspector'], regulatorKey: 'qx-housing' });
    expect(get('xiangzhen')).toMatchObject({ regulatorKey: 'twp-lingang' });
    expect(get('xiangzhen')?.roles).toContain('inspector');
    expect(get('pingjia')?.roles).toEqual(['agency']);
    expect(get('admin')?.roles).toEqual(['platformAdmin']);
  });
});

describe('determinism', () => {
  it('produces the same data on a fresh import', async () => {
    vi.resetModules();
    const again = await import('./index.ts');
    expect(again.demoCounty).not.toBe(demoCounty);
    expect(JSON.stringify(again.demoCounty)).toBe(JSON.stringify(demoCounty));
  });
});
