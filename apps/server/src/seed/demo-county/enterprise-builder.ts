/** Turns a compact enterprise spec into a DemoEnterprise (codes, people, coordinates). */
import { creditCode17For } from './credit-code.ts';
import {
  DEMO_ADDRESS_PREFIX,
  gridCode,
  jurisdictionByCode,
  round6,
  T,
  townshipCode,
  type TownshipSlug,
} from './jurisdictions.ts';
import { personFor } from './people.ts';
import { rngFor } from './prng.ts';
import type {
  DemoEnterprise,
  DemoEnterpriseFeature,
  DemoEnterpriseStatus,
  DemoIndustryCode,
  DemoScale,
} from './types.ts';

export interface EnterpriseSpec {
  key: string;
  name: string;
  shortName: string;
  township: TownshipSlug;
  /** 1-based grid number within the township. */
  grid: number;
  /** Address after the 省市县 prefix. */
  address: string;
  industries: DemoIndustryCode[];
  scale: DemoScale;
  highRisk: boolean;
  employees: number;
  safeSince: string;
  orgTemplate: string;
  /** 'new': MA… code (registered after 2015); 'old': numeric code; 'institution': 事业单位 (12…). */
  codeStyle: 'new' | 'old' | 'institution';
  features?: DemoEnterpriseFeature[];
  status?: DemoEnterpriseStatus;
  reviewReason?: string;
}

/** Seed keys of the two people every enterprise names; users.ts reuses them. */
export const principalSeed = (enterpriseKey: string) => `${enterpriseKey}:principal`;
export const safetyManagerSeed = (enterpriseKey: string) => `${enterpriseKey}:safety`;

export function buildEnterprise(spec: EnterpriseSpec): DemoEnterprise {
  const jurisdictionCode = gridCode(T[spec.township], spec.grid);
  const place = jurisdictionByCode(jurisdictionCode) ?? jurisdictionByCode(townshipCode(T[spec.township]));
  if (!place?.center) throw new Error(`no centre for ${spec.key} (${jurisdictionCode})`);
  const rng = rngFor(`location:${spec.key}`);
  const principal = personFor(principalSeed(spec.key));
  const contact = personFor(safetyManagerSeed(spec.key));
  const creditCode17 =
    spec.codeStyle === 'institution'
      ? creditCode17For(spec.key, '12', 'old')
      : creditCode17For(spec.key, '91', spec.codeStyle);
  return {
    key: spec.key,
    name: spec.name,
    shortName: spec.shortName,
    creditCode17,
    address: `${DEMO_ADDRESS_PREFIX}${spec.address}`,
    jurisdictionCode,
    industryCodes: spec.industries,
    scale: spec.scale,
    isHighRisk: spec.highRisk,
    principal: { name: principal.name, phone: principal.phone },
    contact: { name: contact.name, phone: contact.phone },
    location: {
      lat: round6(place.center.lat + (rng() - 0.5) * 0.012),
      lng: round6(place.center.lng + (rng() - 0.5) * 0.014),
    },
    employeeCount: spec.employees,
    safeSinceDate: spec.safeSince,
    status: spec.status ?? 'approved',
    reviewReason: spec.reviewReason ?? null,
    features: spec.features ?? [],
    orgTemplate: spec.orgTemplate,
  };
}
