import { z } from 'zod';

export const role = z.enum([
  'enterprisePrincipal',
  'safetyManager',
  'unitLead',
  'teamLead',
  'worker',
  'regulatorAdmin',
  'inspector',
  'expert',
  'agency',
  'platformAdmin',
]);
export type Role = z.infer<typeof role>;

export const enterpriseRoles = [
  'enterprisePrincipal',
  'safetyManager',
  'unitLead',
  'teamLead',
  'worker',
] as const satisfies readonly Role[];
export const regulatorRoles = ['regulatorAdmin', 'inspector'] as const satisfies readonly Role[];

/** Permission keys: `resource.action`. Later modules append theirs here. */
export const permission = z.enum([
  'enterprise.read',
  'enterprise.update',
  'enterprise.register',
  'enterprise.review',
  'orgUnit.manage',
  'user.read',
  'user.manage',
  'regulator.read',
  'regulator.manage',
  'jurisdiction.manage',
  'industry.manage',
  'calendar.manage',
  'apiToken.manage',
  'audit.read',
  /** Platform operations: domain event deliveries that failed, retried by hand. */
  'platform.operate',
  'risk.read',
  'risk.edit',
  'risk.submit',
  'risk.review',
  'risk.approve',
  'risk.publish',
  'risk.configure',
  /** 隐患排查: see checklists, tasks and records. */
  'inspection.read',
  /** Carry out checks and submit their records (全员参与: every employee). */
  'inspection.check',
  /** Maintain checklists, frequencies and out-of-service periods. */
  'inspection.manage',
  /** 隐患治理: see hazards (regulators: major hazards in remit). */
  'hazard.read',
  /** Report a hazard, including 随手拍 (any employee). */
  'hazard.report',
  /** Confirm, grade, reject, merge, assign, decide extensions and void. */
  'hazard.manage',
  /** Rectify an assigned hazard, fix on the spot, ask for an extension. */
  'hazard.rectify',
  /** Accept (验收) a rectification; never the rectifier's own. */
  'hazard.accept',
  /** Sign a major hazard's treatment plan (the principal, 16号令 Art. 15). */
  'hazard.approvePlan',
  /** 政府监管: the regional risk database and map, tiers, assignments, listings, enforcement. */
  'supervision.read',
  /** Assign risks, verify close-outs, list major hazards, draw and record inspections, blacklist. */
  'supervision.act',
  /** The tier table, the jurisdiction's boundaries, the annual enforcement plan. */
  'supervision.configure',
  /** An enterprise reads what regulators addressed to it (letters, listings, orders) and answers. */
  'supervision.respond',
  /** Sign an assigned risk's close-out request (销号申请): the principal. */
  'supervision.signCloseOut',
  /** Record a third-party evaluation of a listed major hazard's rectification (an agency). */
  'supervision.evaluate',
]);
export type Permission = z.infer<typeof permission>;

const enterpriseBase: Permission[] = [
  'enterprise.read',
  'regulator.read',
  'apiToken.manage',
  'risk.read',
  'inspection.read',
  'inspection.check',
  'hazard.read',
  'hazard.report',
  'hazard.rectify',
  'supervision.respond',
];
/** The risk register's approval chain (seed 003): drafted at the post or team, reviewed by the
 * workshop, approved by the department or safety manager. */
const riskDrafter: Permission[] = ['risk.edit', 'risk.submit'];

/** What each role may do in principle; policies add the "on which object" part. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  enterprisePrincipal: [
    ...enterpriseBase,
    'risk.approve',
    'risk.publish',
    'inspection.manage',
    'hazard.accept',
    'hazard.approvePlan',
    'supervision.signCloseOut',
    'enterprise.update',
    'orgUnit.manage',
    'user.read',
    'user.manage',
    'audit.read',
  ],
  safetyManager: [
    ...enterpriseBase,
    ...riskDrafter,
    'risk.review',
    'risk.approve',
    'risk.publish',
    'risk.configure',
    'inspection.manage',
    'hazard.manage',
    'hazard.accept',
    'enterprise.update',
    'orgUnit.manage',
    'user.read',
    'user.manage',
    'audit.read',
  ],
  unitLead: [...enterpriseBase, ...riskDrafter, 'risk.review', 'hazard.accept', 'user.read'],
  teamLead: [...enterpriseBase, ...riskDrafter, 'user.read'],
  worker: [
    'enterprise.read',
    'risk.read',
    'inspection.read',
    'inspection.check',
    'hazard.read',
    'hazard.report',
    'hazard.rectify',
  ],
  regulatorAdmin: [
    'risk.read',
    'inspection.read',
    'hazard.read',
    'supervision.read',
    'supervision.act',
    'supervision.configure',
    'enterprise.read',
    'enterprise.register',
    'enterprise.review',
    'regulator.read',
    'user.read',
    'user.manage',
    'audit.read',
    'apiToken.manage',
  ],
  inspector: [
    'risk.read',
    'inspection.read',
    'hazard.read',
    'supervision.read',
    'supervision.act',
    'enterprise.read',
    'enterprise.register',
    'enterprise.review',
    'regulator.read',
    'audit.read',
    'apiToken.manage',
  ],
  expert: ['enterprise.read', 'regulator.read', 'risk.read', 'inspection.read'],
  agency: ['enterprise.read', 'regulator.read', 'risk.read', 'inspection.read', 'supervision.evaluate'],
  platformAdmin: permission.options,
};

/** The union of the permissions of a set of roles. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((r) => rolePermissions[r]))].sort();
}
