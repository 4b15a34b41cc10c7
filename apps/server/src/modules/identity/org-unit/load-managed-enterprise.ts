import type { CommandContext } from '../identity.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { authorize } from '../enterprise/enterprise.policy.ts';
import { findEnterpriseForActor } from '../enterprise/enterprise.repository.ts';
import { orgUnitAbilities } from './org-unit.policy.ts';

/** The enterprise whose tree a command edits: 404 for outsiders, 403 for insiders without orgUnit.manage. */
export async function loadManagedEnterprise(ctx: CommandContext, enterpriseId: string) {
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  authorize(orgUnitAbilities(ctx.actor, enterprise).canManage, 'orgUnit.manage');
  return enterprise;
}
