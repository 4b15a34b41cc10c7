/** The enterprises of 青溪县 (38 approved, 2 pending self-registrations, 1 rejected). */
import { buildEnterprise } from './enterprise-builder.ts';
import { industrySpecs } from './enterprises-industry.ts';
import { serviceSpecs } from './enterprises-services.ts';
import type { DemoEnterprise } from './types.ts';

export const demoEnterprises: DemoEnterprise[] = [...industrySpecs, ...serviceSpecs].map(buildEnterprise);

/** The showcase enterprise all enterprise personas belong to. */
export const SHOWCASE_ENTERPRISE_KEY = 'hongda-chemical';

const byKey = new Map(demoEnterprises.map((e) => [e.key, e]));

export function enterpriseByKey(key: string): DemoEnterprise | undefined {
  return byKey.get(key);
}
