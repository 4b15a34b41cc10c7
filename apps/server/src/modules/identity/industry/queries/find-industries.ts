import type { IndustryRecord } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { presentIndustry } from '../industry.presenter.ts';
import { listIndustries } from '../industry.repository.ts';

/** The industry list; public, because self-registration needs it before login. */
export async function findIndustries(db: Db): Promise<{ data: IndustryRecord[] }> {
  return { data: (await listIndustries(db)).map(presentIndustry) };
}
