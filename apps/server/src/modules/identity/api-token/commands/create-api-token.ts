import { randomUUID } from 'node:crypto';
import type { ApiTokenInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { newToken, tokenHash } from '../../auth/tokens.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { apiTokenErrors } from '../api-token.errors.ts';
import { canManageApiTokens, firstScopeBeyondActor } from '../api-token.policy.ts';

export const API_TOKEN_PREFIX = 'skt_';

/**
 * Issues a token for a machine client acting as the caller, limited to `scopes`. Only its hash
 * and its first 8 characters are kept; the token itself is returned once.
 */
export async function createApiToken(
  ctx: CommandContext,
  input: ApiTokenInput,
): Promise<{ id: string; token: string }> {
  authorize(canManageApiTokens(ctx.actor), 'apiToken.manage');
  const beyond = firstScopeBeyondActor(ctx.actor, input.scopes);
  if (beyond >= 0) throw apiTokenErrors.scopeBeyondOwner(beyond);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= new Date()) throw apiTokenErrors.expiryInPast();

  const id = randomUUID();
  const token = newToken(API_TOKEN_PREFIX);
  const prefix = token.slice(0, 8);
  const scopes = [...new Set(input.scopes)].sort();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('apiTokens')
      .values({
        id,
        userId: ctx.actor.userId,
        name: input.name,
        tokenHash: tokenHash(token),
        prefix,
        scopes,
        expiresAt,
      })
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: ctx.actor.enterpriseId,
      action: 'apiToken.created',
      entityType: 'apiToken',
      entityId: id,
      after: { name: input.name, prefix, scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
  });
  return { id, token };
}
