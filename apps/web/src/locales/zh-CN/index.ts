import { admin } from './admin.ts';
import { apiToken } from './api-token.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { enterprise } from './enterprise.ts';
import { errors } from './errors.ts';
import { orgUnit } from './org-unit.ts';
import { platform } from './platform.ts';
import { user } from './user.ts';

/** zh-CN is the source language: every other locale must have exactly these keys. */
export const zhCN = { common, errors, auth, enterprise, orgUnit, user, apiToken, admin, platform };
