import type { Messages } from '../../types.ts';
import type { map as zh } from '../../zh-CN/supervision/map.ts';

export const map: Messages<typeof zh> = { errors: {} };
