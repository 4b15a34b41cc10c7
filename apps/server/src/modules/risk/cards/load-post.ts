import type { Db } from '../risk.database.ts';
import { forbidden, notFound } from '../../../kernel/index.ts';
import { can, type Actor } from '../../identity/index.ts';
import { VisibleEnterprise } from '../risk-scope.ts';
import { chainAbove } from './cards.presenter.ts';
import { orgUnitsOf } from './cards.repository.ts';

/**
 * The visible enterprise, and the post with its chain of departments. A post of another
 * enterprise, or an org unit that is not a post (岗位), is 404: cards are per post.
 */
export async function loadPost(db: Db, actor: Actor, enterpriseId: string, postId: string) {
  const enterprise = await loadCardEnterprise(db, actor, enterpriseId);
  const orgUnits = await orgUnitsOf(db, enterprise.id);
  const post = orgUnits.find((u) => u.id === postId && u.kind === 'post');
  if (!post) throw notFound('Post');
  const chain = chainAbove(orgUnits, post.id).map((u) => ({ id: u.id, name: u.name, kind: u.kind }));
  return { enterprise, post: { id: post.id, name: post.name }, chain };
}

/** The enterprise, if visible, for an actor allowed to read its register (regulators included). */
export async function loadCardEnterprise(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<VisibleEnterprise> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!can(actor, 'risk.read')) throw forbidden('risk.read');
  return enterprise;
}
