import type { Messages } from '../../types.ts';
import type { enforcement as zh } from '../../zh-CN/supervision/enforcement.ts';

export const enforcement: Messages<typeof zh> = { errors: {} };
