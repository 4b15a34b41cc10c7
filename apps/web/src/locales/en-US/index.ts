import type { Messages } from '../types.ts';
import type { zhCN } from '../zh-CN/index.ts';
import { admin } from './admin.ts';
import { apiToken } from './api-token.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { enterprise } from './enterprise.ts';
import { errors } from './errors.ts';
import { orgUnit } from './org-unit.ts';
import { platform } from './platform.ts';
import { user } from './user.ts';

export const enUS: Messages<typeof zhCN> = {
  common,
  errors,
  auth,
  enterprise,
  orgUnit,
  user,
  apiToken,
  admin,
  platform,
};
