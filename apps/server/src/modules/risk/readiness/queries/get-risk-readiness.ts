import type { RiskReadiness } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { can, type Actor } from '../../../identity/index.ts';
import type { Db } from '../../risk.database.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { loadReadinessRegister } from '../readiness.repository.ts';
import { checkReadiness } from '../readiness-rules.ts';

/** How ready the enterprise's register is for reporting: counts and the problems per record. */
export async function getRiskReadiness(db: Db, actor: Actor, enterpriseId: string): Promise<RiskReadiness> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!can(actor, 'risk.read')) throw forbidden('risk.read');
  return checkReadiness(await loadReadinessRegister(db, enterprise), shanghaiCivilDate());
}
