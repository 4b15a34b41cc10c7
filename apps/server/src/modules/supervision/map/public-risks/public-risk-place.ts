import { polygonsContain, type PublicRiskGeometry } from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { boundsCentre } from '../geojson/validate-boundaries.ts';
import { mapErrors } from '../map.errors.ts';
import { pathWithin, placeInRemit } from '../map-scope.ts';

/**
 * Checks where a public-area risk lies and who owns it: the place inside the actor's remit, the
 * owner a regulator whose jurisdiction lies in the remit and includes the place (the township
 * itself or a county department). Returns the place's path.
 */
export async function checkPlaceAndOwner(
  db: Db,
  actor: Actor,
  jurisdictionCode: string,
  ownerRegulatorId: string,
): Promise<{ jurisdictionPath: string }> {
  const place = await db
    .selectFrom('jurisdictions')
    .select(['path'])
    .where('code', '=', jurisdictionCode)
    .executeTakeFirst();
  if (!place || !placeInRemit(actor, place.path)) throw mapErrors.placeOutOfRemit();
  const owner = await db
    .selectFrom('regulators as r')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
    .select(['j.path'])
    .where('r.id', '=', ownerRegulatorId)
    .where('r.isActive', '=', true)
    .executeTakeFirst();
  if (!owner || !placeInRemit(actor, owner.path)) throw mapErrors.ownerOutOfRemit();
  if (!pathWithin(place.path, owner.path)) throw mapErrors.ownerElsewhere();
  return { jurisdictionPath: place.path };
}

/** A representative point of a location: the point, or the centre of the polygon's bounds. */
export function representativePoint(geometry: PublicRiskGeometry): { lng: number; lat: number } {
  const [lng, lat] = geometry.type === 'Point' ? geometry.coordinates : boundsCentre(geometry.coordinates);
  return { lng, lat };
}

/**
 * The risk lies in the township it names: its point (or the centre of its area) inside that
 * township's uploaded boundary. Without a boundary for the township there is nothing to check.
 */
export async function checkWithinPlace(
  db: Db,
  jurisdictionCode: string,
  geometry: PublicRiskGeometry,
): Promise<void> {
  const boundary = await db
    .selectFrom('supervisionBoundaries')
    .select('polygons')
    .where('jurisdictionCode', '=', jurisdictionCode)
    .executeTakeFirst();
  if (!boundary) return;
  const { lng, lat } = representativePoint(geometry);
  if (!polygonsContain(boundary.polygons, [lng, lat])) throw mapErrors.outsidePlace();
}
