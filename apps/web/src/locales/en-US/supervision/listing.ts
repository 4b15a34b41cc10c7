import type { Messages } from '../../types.ts';
import type { listing as zh } from '../../zh-CN/supervision/listing.ts';

export const listing: Messages<typeof zh> = { errors: {} };
