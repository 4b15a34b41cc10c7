import { z } from 'zod';
import { permission, role } from './roles.ts';

export const loginRequest = z.object({
  login: z.string().trim().min(1).max(64).describe('username or phone'),
  password: z.string().min(1).max(256),
});

export const sessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  roles: z.array(role),
  enterpriseId: z.uuid().nullable(),
  regulatorId: z.uuid().nullable(),
  orgUnitId: z.uuid().nullable(),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionInfo = z.object({
  user: sessionUser,
  /** The face of the product this user works in. */
  workspace: z.enum(['enterprise', 'regulator', 'admin', 'expert']),
  enterprise: z.object({ id: z.uuid(), name: z.string(), safeSinceDate: z.string().nullable() }).nullable(),
  regulator: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
  permissions: z.array(permission),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1),
  newPassword: z
    .string()
    .min(8, 'at least 8 characters')
    .max(128)
    .regex(/[A-Za-z]/, 'needs a letter')
    .regex(/\d/, 'needs a digit'),
});
