import { markDemoSeedStarted } from './demo-seed-state.ts';
import { makeCreditCode, type RegulatorKind } from '@shuangkong/contracts';
import type { Db, Trx } from './seed-database.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { appendAuditEvent } from '../platform/audit/index.ts';
import {
  DEMO_PASSWORD,
  demoCounty,
  demoPersonas,
  flattenOrgUnits,
  type DemoJurisdiction,
  type DemoRegulator,
} from './demo-county/index.ts';
import { demoIds } from './demo-ids.ts';

export { demoIds };

// The demo data names departments generically; the product knows each department's kind.
const DEPARTMENT_KINDS: Record<string, RegulatorKind> = {
  'qx-housing': 'housingConstruction',
  'qx-transport': 'transport',
  'qx-education': 'education',
  'qx-health': 'health',
  'qx-culture-tourism': 'culturalTourism',
  'qx-market': 'marketSupervision',
  'qx-commerce': 'commerce',
  'qx-development': 'development',
  'qx-industry': 'industryInformation',
  'qx-water': 'waterResources',
  'qx-fire': 'fireRescue',
};

function regulatorKindOf(r: DemoRegulator): RegulatorKind {
  if (r.kind === 'emergencyBureau' || r.kind === 'township') return r.kind;
  const kind = DEPARTMENT_KINDS[r.key];
  if (!kind) throw new Error(`Demo regulator ${r.key} has no known kind`);
  return kind;
}

function pathsOf(list: readonly DemoJurisdiction[]): Map<string, string> {
  const byCode = new Map(list.map((j) => [j.code, j]));
  const paths = new Map<string, string>();
  const pathOf = (code: string): string => {
    const known = paths.get(code);
    if (known) return known;
    const j = byCode.get(code);
    if (!j) throw new Error(`Unknown demo jurisdiction ${code}`);
    const path = j.parentCode ? `${pathOf(j.parentCode)}.${code}` : code;
    paths.set(code, path);
    return path;
  };
  for (const j of list) pathOf(j.code);
  return paths;
}

/** Seeds the demo county on an empty database (no jurisdictions yet); returns whether it did. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const any = await db.selectFrom('jurisdictions').select('code').limit(1).executeTakeFirst();
  if (any) return false;
  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    await seedDemo(trx, passwordHash);
    await markDemoSeedStarted(trx);
  });
  return true;
}

async function seedDemo(trx: Trx, passwordHash: string): Promise<void> {
  const { jurisdictions, regulators, enterprises, orgTrees, users } = demoCounty;
  const paths = pathsOf(jurisdictions);
  await trx
    .insertInto('jurisdictions')
    .values(
      jurisdictions.map((j, sort) => ({
        code: j.code,
        parentCode: j.parentCode,
        name: j.name,
        level: j.level,
        path: paths.get(j.code) ?? j.code,
        sort,
      })),
    )
    .execute();

  await trx
    .insertInto('regulators')
    .values(
      regulators.map((r) => ({
        id: demoIds.regulator(r.key),
        name: r.name,
        kind: regulatorKindOf(r),
        jurisdictionCode: r.jurisdictionCode,
      })),
    )
    .execute();
  await trx
    .insertInto('regulatorRemits')
    .values(
      regulators.flatMap((r) =>
        r.remit.flatMap((remit) =>
          (remit.industryCodes === 'all' ? ['*'] : remit.industryCodes).map((industryCode) => ({
            regulatorId: demoIds.regulator(r.key),
            jurisdictionCode: remit.jurisdictionCode,
            industryCode,
          })),
        ),
      ),
    )
    .execute();

  await trx
    .insertInto('enterprises')
    .values(
      enterprises.map((e) => ({
        id: demoIds.enterprise(e.key),
        name: e.name,
        creditCode: makeCreditCode(e.creditCode17),
        address: e.address,
        jurisdictionCode: e.jurisdictionCode,
        jurisdictionPath: paths.get(e.jurisdictionCode) ?? e.jurisdictionCode,
        scale: e.scale,
        isHighRisk: e.isHighRisk,
        principalName: e.principal.name,
        principalPhone: e.principal.phone,
        contactName: e.contact.name,
        contactPhone: e.contact.phone,
        lat: e.location.lat,
        lng: e.location.lng,
        employeeCount: e.employeeCount,
        safeSinceDate: e.safeSinceDate,
        status: e.status,
        reviewReason: e.reviewReason,
        ...demoFacts(e),
      })),
    )
    .execute();
  await trx
    .insertInto('enterpriseIndustries')
    .values(
      enterprises.flatMap((e) =>
        e.industryCodes.map((industryCode) => ({ enterpriseId: demoIds.enterprise(e.key), industryCode })),
      ),
    )
    .execute();

  const units = orgTrees.flatMap((tree) =>
    flattenOrgUnits(tree.units).map((u, sort) => ({
      enterpriseId: demoIds.enterprise(tree.enterpriseKey),
      id: demoIds.orgUnit(tree.enterpriseKey, u.key),
      parentId: u.parentKey ? demoIds.orgUnit(tree.enterpriseKey, u.parentKey) : null,
      name: u.name,
      kind: u.kind,
      sort,
    })),
  );
  for (let i = 0; i < units.length; i += 500) {
    await trx
      .insertInto('orgUnits')
      .values(units.slice(i, i + 500))
      .execute();
  }

  const statusOf = new Map(enterprises.map((e) => [e.key, e.status]));
  await trx
    .insertInto('users')
    .values(
      users.map((u) => ({
        id: demoIds.user(u.username),
        username: u.username,
        phone: u.phone,
        name: u.name,
        passwordHash,
        // Accounts of enterprises still awaiting approval cannot log in yet.
        status: u.enterpriseKey && statusOf.get(u.enterpriseKey) !== 'approved' ? 'disabled' : 'active',
        enterpriseId: u.enterpriseKey ? demoIds.enterprise(u.enterpriseKey) : null,
        regulatorId: u.regulatorKey ? demoIds.regulator(u.regulatorKey) : null,
        orgUnitId: u.enterpriseKey && u.orgUnitKey ? demoIds.orgUnit(u.enterpriseKey, u.orgUnitKey) : null,
      })),
    )
    .execute();
  await trx
    .insertInto('userRoles')
    .values(users.flatMap((u) => u.roles.map((role) => ({ userId: demoIds.user(u.username), role }))))
    .execute();

  await appendAuditEvent(
    trx,
    { actorId: null, actorName: 'system', requestId: null, ip: null },
    {
      enterpriseId: null,
      action: 'platform.demo-seeded',
      entityType: 'platform',
      entityId: 'demo-county',
      after: {
        jurisdictions: jurisdictions.length,
        regulators: regulators.length,
        enterprises: enterprises.length,
        users: users.length,
      },
    },
  );
}

/** The demo accounts, for the console at start. */
export function printDemoAccounts(): void {
  const rows = demoPersonas.map((p) => `  ${p.username.padEnd(10)} ${p.roleLabelZh}（${p.roleLabelEn}）`);
  console.log(`\nDemo accounts (password ${DEMO_PASSWORD}):\n${rows.join('\n')}\n`);
}

/**
 * The national facts of a demo enterprise: its people from its own record, the park from its
 * address, a standardisation grade by size, and for hazardous-chemical plants a registration code
 * (the county's fictional 99 prefix), the chlorination and hydrogenation processes and the chemicals
 * its tank farm holds.
 */
function demoFacts(e: (typeof demoCounty.enterprises)[number]) {
  const isChemical = e.industryCodes.includes('hazardous_chemicals');
  const park = /^(.*?园区)/.exec(e.address)?.[1] ?? null;
  const digits = e.creditCode17.replace(/\D/g, '').padStart(7, '0');
  return {
    legalRepresentative: e.principal.name,
    safetyLeadName: e.contact.name,
    safetyLeadPhone: e.contact.phone,
    dutyPhone: e.contact.phone,
    industrialPark: park,
    standardisationGrade:
      e.scale === 'large'
        ? ('grade2' as const)
        : e.scale === 'medium'
          ? ('grade3' as const)
          : ('none' as const),
    hazardousChemicalCode: isChemical ? `99${digits.slice(-7)}` : null,
    keyProcesses: isChemical ? ['03', '08'] : [],
    keyChemicals: isChemical ? ['液氯', '液氨'] : [],
  };
}
