import type { RiskReadiness } from '@shuangkong/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';

/** The register's readiness for national reporting; every register edit refreshes it. */
export function useRiskReadiness(ent: string) {
  return useQuery({
    queryKey: riskKeys.readiness(ent),
    queryFn: ({ signal }) => api.get<Envelope<RiskReadiness>>(riskPaths.readiness(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}
