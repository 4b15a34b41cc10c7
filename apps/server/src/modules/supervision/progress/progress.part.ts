import type { SupervisionPart } from '../supervision-part.ts';
import { progressRoutesPlugin } from './progress.routes.ts';

/** 双控机制建设进展: how far each enterprise has set the mechanism up, the dashboard and the monthly tables. */
export const progressPart: SupervisionPart = { routes: progressRoutesPlugin };
