import type { PublicListedHazard } from '@shuangkong/contracts';
import type { Db } from '../../supervision.database.ts';

const civil = (d: Date | null) =>
  d === null ? null : new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(d));

/**
 * 公开挂牌督办名单: the published listings with only their published facts (who listed what, the
 * document, deadline, delisting and exposure notices). Nothing about people, plans or files.
 */
export async function publicListings(db: Db): Promise<PublicListedHazard[]> {
  const rows = await db
    .selectFrom('supervisionHazardListings as l')
    .innerJoin('enterprises as e', 'e.id', 'l.enterpriseId')
    .innerJoin('hazards as h', (j) =>
      j.onRef('h.enterpriseId', '=', 'l.enterpriseId').onRef('h.id', '=', 'l.hazardId'),
    )
    .select([
      'l.id',
      'e.name as enterpriseName',
      'h.name as hazardName',
      'l.authorityName',
      'l.documentNo',
      'l.listedAt',
      'l.deadline',
      'l.state',
      'l.delistedAt',
      'l.delistingNotice',
      'l.exposureNotice',
    ])
    .where('l.published', '=', true)
    .orderBy('l.listedAt', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    enterpriseName: r.enterpriseName,
    hazardName: r.hazardName,
    authorityName: r.authorityName,
    documentNo: r.documentNo,
    listedOn: civil(r.listedAt)!,
    deadline: r.deadline,
    state: r.state === 'delisted' ? 'delisted' : 'listed',
    delistedOn: civil(r.delistedAt),
    delistingNotice: r.delistingNotice,
    exposureNotice: r.exposureNotice,
  }));
}
