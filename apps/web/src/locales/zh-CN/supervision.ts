import { regional } from './supervision/regional.ts';
import { map } from './supervision/map.ts';
import { progress } from './supervision/progress.ts';
import { assignment } from './supervision/assignment.ts';
import { listing } from './supervision/listing.ts';
import { enforcement } from './supervision/enforcement.ts';
import { disclosure } from './supervision/disclosure.ts';

// The supervision feature's texts, one object per part (features/supervision/i18n.ts loads them).
export const supervision = { regional, map, assignment, listing, enforcement, progress, disclosure };
