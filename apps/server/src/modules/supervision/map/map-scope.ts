import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../identity/index.ts';

/**
 * The jurisdiction paths an actor's remit covers (industries aside): a regulator's remit places,
 * everything for the platform (null), nothing for anyone else. Public areas and boundaries belong
 * to places, not industries, so a department sees every public-area risk of its county.
 */
export function remitPaths(actor: Actor): readonly string[] | null {
  switch (actor.scope.kind) {
    case 'platform':
      return null;
    case 'regulator':
      return [...new Set(actor.scope.remits.map((r) => r.jurisdictionPath))];
    default:
      return [];
  }
}

/** True when `path` is `ancestor` or lies below it. */
export function pathWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** True when the actor's remit covers the place at `path`. */
export function placeInRemit(actor: Actor, path: string): boolean {
  const paths = remitPaths(actor);
  return paths === null || paths.some((p) => pathWithin(path, p));
}

/** A WHERE condition: the path column lies within the actor's remit places. */
export function pathInRemit(actor: Actor, column: string): Expression<SqlBool> {
  const paths = remitPaths(actor);
  if (paths === null) return sql<boolean>`true`;
  if (paths.length === 0) return sql<boolean>`false`;
  const ref = sql.ref(column);
  return sql<boolean>`(${sql.join(
    paths.map((p) => sql`(${ref} = ${p} or ${ref} like ${`${p}.%`})`),
    sql` or `,
  )})`;
}
