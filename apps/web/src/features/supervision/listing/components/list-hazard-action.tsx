import type { RegionalMajorHazard } from '@shuangkong/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listingApi, listingKeys } from '../api/listing-api.ts';
import '../../i18n.ts';

/** Already listed major hazards, by hazard id (one request for the whole major hazards page). */
function useListedHazards() {
  return useQuery({
    queryKey: listingKeys.list({ filter: 'all', byHazard: true }),
    queryFn: ({ signal }) => listingApi.list({ filter: 'all' }, signal),
    select: (res) => new Map(res.data.map((l) => [l.hazardId, l.id])),
  });
}

/**
 * The 挂牌督办 action on a row of the regulators' major hazards: list it, or open its listing
 * when it is already listed.
 */
export function ListHazardAction({ hazard }: { hazard: RegionalMajorHazard }) {
  const { t } = useTranslation('supervision');
  const listed = useListedHazards();
  if (!listed.data) return null;
  const listingId = listed.data.get(hazard.id);
  if (listingId)
    return (
      <Link to={`/supervision/listings/${listingId}`} data-testid="major-hazard-listing">
        {t('listing.create.listed')}
      </Link>
    );
  const params = new URLSearchParams({
    enterpriseId: hazard.enterpriseId,
    hazardId: hazard.id,
    enterpriseName: hazard.enterpriseName,
    hazardName: hazard.name,
  });
  return (
    <Link to={`/supervision/listings/new?${params.toString()}`} data-testid="major-hazard-list-action">
      {t('listing.create.action')}
    </Link>
  );
}
