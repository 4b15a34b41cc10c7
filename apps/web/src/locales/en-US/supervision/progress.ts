import type { Messages } from '../../types.ts';
import type { progress as zh } from '../../zh-CN/supervision/progress.ts';

export const progress: Messages<typeof zh> = { errors: {} };
