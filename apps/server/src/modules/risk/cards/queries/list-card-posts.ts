import { maxLevel, type CardPostListItem } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { chainAbove, levelColor } from '../cards.presenter.ts';
import { orgUnitsOf, postsWithUnits } from '../cards.repository.ts';
import { loadCardEnterprise } from '../load-post.ts';
import { lastPrints } from '../card-prints.ts';
import { getEmergencyCard } from './get-emergency-card.ts';
import { getPostRiskCard } from './get-post-risk-card.ts';

type PrintState = CardPostListItem['printed']['post'];

/**
 * Posts that have a card: those linked to at least one live risk unit, with whether each printed
 * card is still current. Only cards printed before are rebuilt to compare (the rest are 'never').
 */
export async function listCardPosts(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  publicUrl: string,
): Promise<CardPostListItem[]> {
  const enterprise = await loadCardEnterprise(db, actor, enterpriseId);
  const [posts, orgUnits, prints] = await Promise.all([
    postsWithUnits(db, enterprise.id),
    orgUnitsOf(db, enterprise.id),
    lastPrints(db, enterprise.id),
  ]);
  const states = new Map<string, PrintState>();
  for (const print of prints) {
    if (!posts.some((p) => p.id === print.postId)) continue;
    const card =
      print.kind === 'post'
        ? await getPostRiskCard(db, actor, enterprise.id, print.postId, publicUrl)
        : await getEmergencyCard(db, actor, enterprise.id, print.postId, publicUrl);
    states.set(`${print.postId}:${print.kind}`, card.print.outOfDate ? 'outOfDate' : 'current');
  }
  const state = (postId: string, kind: 'post' | 'emergency'): PrintState =>
    states.get(`${postId}:${kind}`) ?? 'never';
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
      printed: { post: state(p.id, 'post'), emergency: state(p.id, 'emergency') },
    };
  });
}
