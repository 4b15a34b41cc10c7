import type { HazardListItem } from '@shuangkong/contracts';
import { Alert, Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useHazardList } from '../../api/hazard-api.ts';
import { regulatorHazardPath } from '../../api/hazard-paths.ts';
import { deadlineColumn, stateColumn } from '../../components/hazard-columns.tsx';
import '../../i18n.ts';

const none = {};

/**
 * The 重大隐患 tab of an enterprise's page for regulators: the enterprise's major hazards (the
 * server shows a regulator nothing else), newest first, each opening its page.
 */
export function EnterpriseHazardsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('hazard');
  const list = useHazardList(enterpriseId, none);
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  if (list.error) return <Alert type="error" title={errorMessage(t, list.error)} />;
  return (
    <>
      <Table<HazardListItem>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('regional.emptyEnterprise') }}
        data-testid="enterprise-hazards"
        columns={[
          {
            title: t('fields.name'),
            dataIndex: 'name',
            render: (name: string, h) => (
              <Link to={regulatorHazardPath(enterpriseId, h.id)} data-testid="hazard-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('fields.unit'),
            dataIndex: 'unitName',
            width: 140,
            render: (v: string | null) => v ?? '—',
          },
          stateColumn<HazardListItem>(t, 150),
          deadlineColumn<HazardListItem>(t, 150),
          {
            title: t('fields.registeredAt'),
            dataIndex: 'registeredAt',
            width: 150,
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
      {list.hasNextPage ? (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('list.loadMore')}
          </Button>
        </Flex>
      ) : null}
    </>
  );
}
