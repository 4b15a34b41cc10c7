import { z } from 'zod';
import { permission } from '../auth/roles.ts';

/** A machine client's credential, as its owner sees it (the secret itself is shown once). */
export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first 8 characters of the token, to tell tokens apart. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const apiTokenList = z.object({ data: z.array(apiToken) });

export const apiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(permission).min(1).max(50),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type ApiTokenInput = z.infer<typeof apiTokenInput>;

export const apiTokenCreated = z.object({ data: z.object({ id: z.uuid(), token: z.string() }) });
