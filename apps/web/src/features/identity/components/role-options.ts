import type { Role, Workspace } from '../../../shared/session/session.ts';

const enterpriseRoles: Role[] = ['enterprisePrincipal', 'safetyManager', 'unitLead', 'teamLead', 'worker'];
const regulatorRoles: Role[] = ['regulatorAdmin', 'inspector'];

export type UserHome = 'enterprise' | 'regulator' | 'platform';

/** Roles that make sense for a user's home: enterprise staff never get regulator roles and vice versa. */
export function assignableRoles(home: UserHome): Role[] {
  if (home === 'enterprise') return enterpriseRoles;
  if (home === 'regulator') return regulatorRoles;
  return ['platformAdmin', 'expert', 'agency'];
}

/** Where a manager's new users live by default. */
export function defaultHome(workspace: Workspace): UserHome {
  if (workspace === 'enterprise') return 'enterprise';
  if (workspace === 'regulator') return 'regulator';
  return 'regulator';
}
