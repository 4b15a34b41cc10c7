import type { Messages } from '../../types.ts';
import type { regional as zh } from '../../zh-CN/supervision/regional.ts';

export const regional: Messages<typeof zh> = { errors: {} };
