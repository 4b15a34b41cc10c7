import type { EnterpriseOrder, PenaltyKind } from '@shuangkong/contracts';
import { Alert, Card, Descriptions, Empty, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDate } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useEnterpriseOrders } from '../api/enforcement-api.ts';
import { useEnforcementT } from './enforcement-shared.tsx';

/** 执法指令: the enterprise's enforcement inspections, the orders to rectify (each in 隐患台账) and penalties. */
export function OrdersPage() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const session = useSession();
  const orders = useEnterpriseOrders(session.enterprise?.id ?? '');
  const rows = orders.data?.data ?? [];
  return (
    <PageContainer title={t('orders.title')}>
      {orders.error ? <Alert type="error" title={errorMessage(tc, orders.error)} /> : null}
      {rows.length === 0 && !orders.isLoading ? <Empty description={t('orders.empty')} /> : null}
      <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="enforcement-orders">
        {rows.map((o) => (
          <Order key={o.id} o={o} />
        ))}
      </Space>
    </PageContainer>
  );
}

function Order({ o }: { o: EnterpriseOrder }) {
  const t = useEnforcementT();
  return (
    <Card size="small" title={`${o.regulatorName} · ${t(`kind.${o.kind}`)} · ${formatDate(o.inspectedOn)}`}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('fields.summary')}>{o.summary}</Descriptions.Item>
      </Descriptions>
      {o.findings.length > 0 ? (
        <List
          size="small"
          header={t('orders.findings')}
          dataSource={o.findings}
          renderItem={(f) => (
            <List.Item extra={<Link to={`/hazards/${f.hazardId}`}>{t('orders.hazard')}</Link>}>
              <Space wrap>
                <span>{f.description}</span>
                <Tag>{f.orderNo}</Tag>
                <Tag color="orange">
                  {t('fields.deadline')} {f.deadline}
                </Tag>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      {o.penalties.map((p) => (
        <Tag key={p.id} color="red" style={{ marginTop: 8 }}>
          {t(`penaltyKind.${p.kind as PenaltyKind}`)}{' '}
          {p.amountFen !== null ? `${(p.amountFen / 100).toLocaleString('zh-CN')} 元` : ''} {p.decisionNo}
        </Tag>
      ))}
    </Card>
  );
}
