import { demoCounty, flattenOrgUnits, type DemoEnterprise, type DemoUser } from '../demo-county/index.ts';
import { demoIds } from '../demo-ids.ts';

/** Who does what in one demo enterprise's register, and where in its org tree. */
export type EnterpriseCast = {
  enterprise: DemoEnterprise;
  enterpriseId: string;
  safetyManager: DemoUser;
  principal: DemoUser | undefined;
  /** Unit leads review (车间审核); the first of them also acts as operational steward. */
  unitLeads: DemoUser[];
  /** Departments and workshops that can own a unit, and every post. */
  owningUnits: { id: string; name: string }[];
  posts: { id: string; key: string }[];
};

export function castOf(enterprise: DemoEnterprise): EnterpriseCast | null {
  const users = demoCounty.users.filter((u) => u.enterpriseKey === enterprise.key);
  const safetyManager = users.find((u) => u.roles.includes('safetyManager'));
  if (!safetyManager) return null;
  const tree = demoCounty.orgTrees.find((t) => t.enterpriseKey === enterprise.key);
  const flat = tree ? flattenOrgUnits(tree.units) : [];
  const id = (key: string) => demoIds.orgUnit(enterprise.key, key);
  const workshops = flat.filter((u) => u.kind === 'workshop');
  const owning = (workshops.length > 0 ? workshops : flat.filter((u) => u.kind === 'department')).map(
    (u) => ({
      id: id(u.key),
      name: u.name,
    }),
  );
  return {
    enterprise,
    enterpriseId: demoIds.enterprise(enterprise.key),
    safetyManager,
    principal: users.find((u) => u.roles.includes('enterprisePrincipal')),
    unitLeads: users.filter((u) => u.roles.includes('unitLead')),
    owningUnits: owning,
    posts: flat.filter((u) => u.kind === 'post').map((u) => ({ id: id(u.key), key: u.key })),
  };
}
