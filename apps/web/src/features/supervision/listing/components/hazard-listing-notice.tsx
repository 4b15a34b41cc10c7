import type { HazardDetail } from '@shuangkong/contracts';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHazardListings } from '../api/listing-api.ts';
import { DueChip, ListingStateTag } from './listing-tags.tsx';
import '../../i18n.ts';

/**
 * On a major hazard's own page: it is listed for supervision (挂牌督办) — by whom, under which
 * document, until when — with a link to the listing where the enterprise takes its steps.
 */
export function HazardListingNotice({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation('supervision');
  const listings = useHazardListings(hazard.id, hazard.grade === 'major');
  const rows = listings.data?.data ?? [];
  return (
    <>
      {rows.map((l) => (
        <Alert
          key={l.id}
          type={l.state === 'delisted' ? 'success' : l.overdue ? 'error' : 'warning'}
          showIcon
          data-testid="hazard-listing-notice"
          title={
            <Flex wrap gap={8} align="center">
              <span>
                {t(l.state === 'delisted' ? 'listing.notice.delisted' : 'listing.notice.listed', {
                  authority: l.authorityName,
                  documentNo: l.documentNo,
                  deadline: l.deadline,
                })}
              </span>
              <ListingStateTag state={l.state} />
              <DueChip due={l.due} />
            </Flex>
          }
          action={
            <Link to={`/supervision/listings/${l.id}`} data-testid="hazard-listing-link">
              {t('listing.notice.open')}
            </Link>
          }
        />
      ))}
    </>
  );
}
