import type { AssignmentSummary, BulletinSummary } from '@shuangkong/contracts';
import { Alert, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useBulletins, useLetters } from '../api/assignment-api.ts';
import { DueChip, LevelTag, StateTag } from '../components/assignment-tags.tsx';
import '../../i18n.ts';

/** 监管交办: the letters addressed to the enterprise and the dispatches and notices published to it. */
export function EnterpriseLettersPage() {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const enterpriseId = session.user.enterpriseId ?? '';
  const letters = useLetters(enterpriseId);
  const bulletins = useBulletins(enterpriseId);
  return (
    <PageContainer title={t('assignment.enterprise.title')} subTitle={t('assignment.enterprise.subtitle')}>
      {letters.error ? <Alert type="error" title={errorMessage(t, letters.error)} /> : null}
      <Card title={t('assignment.enterprise.letters')} size="small" style={{ marginBottom: 16 }}>
        <Table<AssignmentSummary>
          rowKey="id"
          size="small"
          loading={letters.isLoading}
          dataSource={letters.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('assignment.enterprise.noLetters') }}
          data-testid="letters-list"
          columns={[
            {
              title: t('assignment.fields.docNumber'),
              dataIndex: 'docNumber',
              width: 180,
              render: (n: string, a) => (
                <Link to={`/supervision/letters/${a.id}`} data-testid="letter-link">
                  {n}
                </Link>
              ),
            },
            { title: t('assignment.fields.regulator'), dataIndex: 'regulatorName', width: 180 },
            {
              title: t('assignment.fields.unit'),
              dataIndex: 'unitName',
              render: (n: string, a) => `${a.objectName} / ${n}`,
            },
            {
              title: t('assignment.fields.gradedLevel'),
              dataIndex: 'gradedLevel',
              width: 90,
              render: (l: AssignmentSummary['gradedLevel']) => <LevelTag level={l} />,
            },
            {
              title: t('assignment.fields.currentLevel'),
              dataIndex: 'currentLevel',
              width: 90,
              render: (l: AssignmentSummary['currentLevel']) => <LevelTag level={l} />,
            },
            {
              title: t('assignment.fields.issuedAt'),
              dataIndex: 'issuedAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('assignment.fields.state'),
              dataIndex: 'state',
              width: 110,
              render: (s: AssignmentSummary['state']) => <StateTag state={s} />,
            },
            {
              title: t('assignment.fields.due'),
              key: 'due',
              width: 170,
              render: (_: unknown, a) => <DueChip due={a.due} />,
            },
          ]}
        />
      </Card>
      <Card title={t('assignment.enterprise.bulletins')} size="small">
        <Table<BulletinSummary>
          rowKey="id"
          size="small"
          loading={bulletins.isLoading}
          dataSource={bulletins.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('assignment.bulletin.empty') }}
          columns={[
            {
              title: t('assignment.fields.docNumber'),
              dataIndex: 'docNumber',
              width: 180,
              render: (n: string, b) => <Link to={`/supervision/bulletins/${b.id}`}>{n}</Link>,
            },
            {
              title: t('assignment.bulletin.kind'),
              dataIndex: 'kind',
              width: 90,
              render: (k: string) => t(`assignment.bulletin.kinds.${k}`),
            },
            { title: t('assignment.bulletin.docTitle'), dataIndex: 'title' },
            {
              title: t('assignment.fields.issuedAt'),
              dataIndex: 'issuedAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
