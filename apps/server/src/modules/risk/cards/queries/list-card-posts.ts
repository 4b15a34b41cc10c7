import { maxLevel, type CardPostListItem } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { chainAbove, levelColor } from '../cards.presenter.ts';
import { orgUnitsOf, postsWithUnits } from '../cards.repository.ts';
import { loadCardEnterprise } from '../load-post.ts';

/** Posts that have a card: those linked to at least one live risk unit. */
export async function listCardPosts(db: Db, actor: Actor, enterpriseId: string): Promise<CardPostListItem[]> {
  const enterprise = await loadCardEnterprise(db, actor, enterpriseId);
  const [posts, orgUnits] = await Promise.all([
    postsWithUnits(db, enterprise.id),
    orgUnitsOf(db, enterprise.id),
  ]);
  return posts.map((p) => {
    const level = maxLevel(p.levels);
    return {
      postId: p.id,
      postName: p.name,
      path: chainAbove(orgUnits, p.id)
        .map((u) => u.name)
        .join(' / '),
      unitCount: Number(p.unitCount),
      level,
      color: levelColor(level),
    };
  });
}
