import type { SupervisionPart } from '../supervision-part.ts';
import { listingTodos } from './listing-todos.ts';
import { listingRoutesPlugin } from './listing.routes.ts';

/** 挂牌督办 of major hazards: listing, evaluation, verification, delisting, escalation. */
export const listingPart: SupervisionPart = { routes: listingRoutesPlugin, todoSources: [listingTodos] };
