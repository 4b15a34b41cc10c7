import type { Jurisdiction } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { presentJurisdiction } from '../jurisdiction.presenter.ts';
import { listJurisdictions } from '../jurisdiction.repository.ts';

/** The region tree ordered by path; public, because self-registration needs it before login. */
export async function findJurisdictions(db: Db): Promise<{ data: Jurisdiction[] }> {
  return { data: (await listJurisdictions(db)).map(presentJurisdiction) };
}
