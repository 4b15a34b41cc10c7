import type { ListingListItem, ListingState } from '@shuangkong/contracts';
import { Alert, Flex, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDate } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useListings } from '../api/listing-api.ts';
import { DueChip, ListingStateTag } from '../components/listing-tags.tsx';
import '../../i18n.ts';

const states: ListingState[] = ['rectifying', 'evaluating', 'verifying', 'verified', 'delisted'];
type Filter = 'all' | 'attention' | 'overdue';

/**
 * 挂牌督办: the listed major hazards the user may see — a regulator's in remit, an enterprise's
 * own, an agency's commissioned evaluations — with their state, deadline chips and authority.
 */
export function ListingListPage() {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filter = (params.get('filter') as Filter | null) ?? 'all';
  const state = (params.get('state') as ListingState | null) ?? undefined;
  const q = params.get('q') ?? '';
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const list = useListings({ filter, state, q });
  const rows = list.data?.data ?? [];
  const title =
    session.workspace === 'enterprise'
      ? t('listing.myTitle')
      : session.workspace === 'expert'
        ? t('listing.agencyTitle')
        : t('listing.title');
  return (
    <PageContainer title={title}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          value={filter}
          onChange={(v) => set('filter', v === 'all' ? undefined : v)}
          options={(['all', 'attention', 'overdue'] as const).map((v) => ({
            value: v,
            label: t(`listing.filters.${v}`),
          }))}
          data-testid="listing-filter"
        />
        <Select<ListingState | ''>
          value={state ?? ''}
          style={{ width: 160 }}
          onChange={(v) => set('state', v || undefined)}
          options={[
            { value: '', label: t('listing.anyState') },
            ...states.map((s) => ({ value: s, label: t(`listing.states.${s}`) })),
          ]}
          data-testid="listing-state-filter"
        />
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t('listing.search')}
          style={{ maxWidth: 320 }}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
        <Typography.Text type="secondary">{t('listing.count', { n: rows.length })}</Typography.Text>
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<ListingListItem>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('listing.empty') }}
        scroll={{ x: 1100 }}
        data-testid="listing-list"
        columns={[
          {
            title: t('listing.fields.hazard'),
            dataIndex: 'hazardName',
            render: (name: string, l) => (
              <Link to={`/supervision/listings/${l.id}`} data-testid="listing-link">
                {name}
              </Link>
            ),
          },
          { title: t('listing.fields.enterprise'), dataIndex: 'enterpriseName', width: 200 },
          {
            title: t('listing.fields.state'),
            dataIndex: 'state',
            width: 190,
            render: (s: ListingState, l) => (
              <Space size={4} wrap>
                <ListingStateTag state={s} />
                {l.exposed ? <Tag color="red">{t('listing.exposed')}</Tag> : null}
                {l.interviews > 0 ? <Tag>{t('listing.interviewsTag', { n: l.interviews })}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('listing.fields.deadline'),
            dataIndex: 'deadline',
            width: 200,
            render: (d: string, l) => (
              <Space size={4} wrap>
                <span>{d}</span>
                <DueChip due={l.due} testId="listing-due" />
                {l.evaluationDueChip ? (
                  <>
                    <Typography.Text type="secondary">{t('listing.fields.evaluationDue')}</Typography.Text>
                    <DueChip due={l.evaluationDueChip} />
                  </>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('listing.fields.authority'),
            dataIndex: 'authorityName',
            width: 200,
            render: (name: string, l) => (
              <Space size={4} wrap>
                <span>{name}</span>
                <Tag>{t(`listing.authorities.${l.authority}`)}</Tag>
              </Space>
            ),
          },
          { title: t('listing.fields.documentNo'), dataIndex: 'documentNo', width: 170 },
          {
            title: t('listing.fields.listedAt'),
            dataIndex: 'listedAt',
            width: 110,
            render: (at: string) => formatDate(at),
          },
        ]}
      />
    </PageContainer>
  );
}
