import {
  assignmentRoutes,
  enforcementRoutes,
  listingRoutes,
  type BlacklistPublication,
  type PublicCloseOut,
  type PublicInspectionResult,
  type PublicListedHazard,
} from '@shuangkong/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';

/** What the public reads without signing in: the four lists the regulators publish. */
export const disclosureApi = {
  closeOuts: (signal?: AbortSignal) =>
    api.get<Envelope<PublicCloseOut[]>>(assignmentRoutes.publicCloseOuts, undefined, signal),
  listedHazards: (signal?: AbortSignal) =>
    api.get<Envelope<PublicListedHazard[]>>(listingRoutes.public, undefined, signal),
  inspectionResults: (signal?: AbortSignal) =>
    api.get<Envelope<PublicInspectionResult[]>>(enforcementRoutes.publicResults, { limit: 200 }, signal),
  blacklist: (signal?: AbortSignal) =>
    api.get<Envelope<BlacklistPublication[]>>(enforcementRoutes.publicBlacklist, undefined, signal),
};

export type DisclosureList = keyof typeof disclosureApi;

type Rows = {
  closeOuts: PublicCloseOut[];
  listedHazards: PublicListedHazard[];
  inspectionResults: PublicInspectionResult[];
  blacklist: BlacklistPublication[];
};

export function useDisclosure<K extends DisclosureList>(list: K): UseQueryResult<Envelope<Rows[K]>> {
  return useQuery({
    queryKey: ['public-disclosure', list],
    queryFn: ({ signal }) => disclosureApi[list](signal) as Promise<Envelope<Rows[K]>>,
  });
}
