import type { MajorSourceListItem } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { forbidden } from '../../../../kernel/index.ts';
import { can, type Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentMajorSourceListItem } from '../major-source.presenter.ts';
import { listMajorSourceObjects } from '../major-source.repository.ts';

/** The enterprise's major sources, most severe grade first, with R and their 包保责任人. */
export async function listMajorSources(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<MajorSourceListItem[]> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!can(actor, 'risk.read')) throw forbidden('risk.read');
  return (await listMajorSourceObjects(db, enterprise.id)).map(presentMajorSourceListItem);
}
