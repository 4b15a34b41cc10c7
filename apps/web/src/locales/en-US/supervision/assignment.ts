import type { Messages } from '../../types.ts';
import type { assignment as zh } from '../../zh-CN/supervision/assignment.ts';

export const assignment: Messages<typeof zh> = { errors: {} };
