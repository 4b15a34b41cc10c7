import { Alert, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useRiskBoard } from '../../api/card-api.ts';
import { BoardSheet } from '../board/board-page.tsx';
import { RegisterView } from '../register/register-page.tsx';

function BoardTab({ enterpriseId }: { enterpriseId: string }) {
  const { data } = useRiskBoard(enterpriseId);
  return <Card>{data ? <BoardSheet board={data.data} /> : null}</Card>;
}

/** The read-only register of one enterprise (regulators): tree with levels, and the board. */
export function EnterpriseRiskView({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('risk');
  return (
    <div data-testid="risk-regulator-view">
      <Alert type="info" showIcon title={t('regulator.readOnly')} style={{ marginBottom: 12 }} />
      <Tabs
        items={[
          {
            key: 'tree',
            label: t('register.title'),
            children: <RegisterView enterpriseId={enterpriseId} readOnly />,
          },
          { key: 'board', label: t('board.title'), children: <BoardTab enterpriseId={enterpriseId} /> },
        ]}
      />
    </div>
  );
}

export function EnterpriseRiskPage() {
  const { t } = useTranslation('risk');
  const { id = '' } = useParams();
  return (
    <PageContainer title={t('regulator.title')}>
      <EnterpriseRiskView enterpriseId={id} />
    </PageContainer>
  );
}
