import { z } from 'zod';
import { role } from '../auth/roles.ts';
import { mobilePhone, pageInfo, pageQuery } from '../common.ts';

export const userStatus = z.enum(['active', 'disabled']);
export type UserStatus = z.infer<typeof userStatus>;

/** Login names: lowercase, so that 'Zhang' and 'zhang' cannot be two accounts. */
export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '3–32 lowercase letters, digits, _ . -');

export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  roles: z.array(role),
  status: userStatus,
  enterpriseId: z.uuid().nullable(),
  regulatorId: z.uuid().nullable(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof user>;

export const userAbilities = z.object({
  canUpdate: z.boolean(),
  canChangeRoles: z.boolean(),
  canDisable: z.boolean(),
  canEnable: z.boolean(),
  canResetPassword: z.boolean(),
});
export type UserAbilities = z.infer<typeof userAbilities>;

export const userListQuery = pageQuery.extend({
  enterpriseId: z.uuid().optional(),
  regulatorId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userList = z.object({
  data: z.array(user),
  page: pageInfo,
  abilities: z.object({ canInvite: z.boolean() }),
});

const roles = z.array(role).min(1).max(10);

export const userInvite = z.object({
  username,
  name: z.string().trim().min(1).max(50),
  phone: mobilePhone,
  roles,
  enterpriseId: z.uuid().optional(),
  regulatorId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
});
export type UserInvite = z.infer<typeof userInvite>;

export const userInviteResult = z.object({
  data: z.object({ id: z.uuid(), temporaryPassword: z.string() }),
});

export const userUpdate = z.object({
  name: z.string().trim().min(1).max(50).optional(),
  phone: mobilePhone.optional(),
  orgUnitId: z.uuid().nullable().optional(),
});
export type UserUpdate = z.infer<typeof userUpdate>;

export const userRolesUpdate = z.object({ roles });
export type UserRolesUpdate = z.infer<typeof userRolesUpdate>;

export const passwordResetResult = z.object({ data: z.object({ temporaryPassword: z.string() }) });
