import { createHash } from 'node:crypto';
import type { CardKind, CardPrintStatus } from '@shuangkong/contracts';
import { canonicalJson } from '../../../platform/audit/index.ts';
import type { Db } from '../risk.database.ts';

/**
 * A hash of what a card says. The generation time and the "updated" date are left out: only a
 * change of content makes a printed card out of date.
 */
export function cardContentHash(card: object): string {
  const {
    generatedAt: _generatedAt,
    updatedDate: _updatedDate,
    print: _print,
    ...content
  } = card as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

type LastPrint = {
  postId: string;
  kind: CardKind;
  contentHash: string;
  printedAt: Date;
  printedByName: string | null;
};

/** The latest print of each (post, kind) of an enterprise, optionally for one post. */
export async function lastPrints(db: Db, enterpriseId: string, postId?: string): Promise<LastPrint[]> {
  let query = db
    .selectFrom('riskCardPrints')
    .distinctOn(['postId', 'kind'])
    .select(['postId', 'kind', 'contentHash', 'printedAt', 'printedByName'])
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('postId')
    .orderBy('kind')
    .orderBy('printedAt', 'desc');
  if (postId) query = query.where('postId', '=', postId);
  return query.execute();
}

/** Whether the last print of a card still matches its content. */
export function printStatus(contentHash: string, last: LastPrint | undefined): CardPrintStatus {
  return {
    contentHash,
    lastPrint: last
      ? {
          printedAt: new Date(last.printedAt).toISOString(),
          printedByName: last.printedByName,
          contentHash: last.contentHash,
        }
      : null,
    outOfDate: last !== undefined && last.contentHash !== contentHash,
  };
}
