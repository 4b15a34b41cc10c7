import { identityModule } from '../modules/identity/index.ts';
import { riskModule } from '../modules/risk/index.ts';
import { inspectionModule } from '../modules/inspection/index.ts';
import { hazardModule } from '../modules/hazard/index.ts';
import { supervisionModule } from '../modules/supervision/index.ts';

/**
 * Every domain module this server runs, upstream first. Adding a module is adding it here: its
 * routes, tables, jobs, to-dos and event subscribers come with its descriptor.
 */
export const modules = [
  identityModule,
  riskModule,
  inspectionModule,
  hazardModule,
  supervisionModule,
] as const;
