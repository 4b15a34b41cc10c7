import type { CardPostListItem } from '@shuangkong/contracts';
import { Alert, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useCardPosts } from '../../api/card-api.ts';
import { LevelTag } from '../../components/tags.tsx';

/** 岗位告知卡: every post with risks, linking to its printable risk card and emergency card. */
export function CardsPage() {
  const { t } = useTranslation('risk');
  const session = useSession();
  const { data, isLoading, error } = useCardPosts(session.enterprise?.id ?? '');
  // Cards on the wall that no longer say what the register says: the reprint list.
  const reprints = (data?.data ?? []).filter(
    (p) => p.printed.post === 'outOfDate' || p.printed.emergency === 'outOfDate',
  ).length;
  return (
    <PageContainer title={t('cards.title')} subTitle={t('cards.subtitle')}>
      {error ? <Alert type="error" title={errorMessage(t, error)} style={{ marginBottom: 16 }} /> : null}
      {reprints > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="risk-card-reprints"
          title={t('cards.reprintList', { count: reprints })}
        />
      ) : null}
      <Table<CardPostListItem>
        rowKey="postId"
        loading={isLoading}
        dataSource={data?.data ?? []}
        data-testid="risk-card-posts"
        locale={{ emptyText: t('cards.noPosts') }}
        columns={[
          { title: t('cards.post'), dataIndex: 'postName' },
          { title: t('cards.path'), dataIndex: 'path' },
          { title: t('cards.unitCount'), dataIndex: 'unitCount', width: 100 },
          {
            title: t('common.level'),
            dataIndex: 'level',
            width: 110,
            render: (l: CardPostListItem['level']) => <LevelTag level={l} />,
          },
          {
            title: t('cards.printed'),
            key: 'printed',
            width: 200,
            render: (_: unknown, r) => (
              <Space size={4} wrap data-testid={`risk-card-printed-${r.postName}`}>
                {(['post', 'emergency'] as const).map((kind) =>
                  r.printed[kind] === 'never' ? null : (
                    <Tag
                      key={kind}
                      color={r.printed[kind] === 'outOfDate' ? 'orange' : 'green'}
                      data-state={r.printed[kind]}
                    >
                      {t(`cards.kind.${kind}`)}
                      {t(r.printed[kind] === 'outOfDate' ? 'cards.reprint' : 'cards.current')}
                    </Tag>
                  ),
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 220,
            render: (_: unknown, r) => (
              <Space>
                <Link
                  to={`/print/risk/post-cards/${r.postId}`}
                  data-testid={`risk-post-card-link-${r.postName}`}
                >
                  {t('cards.postCard')}
                </Link>
                <Link
                  to={`/print/risk/emergency-cards/${r.postId}`}
                  data-testid={`risk-emergency-card-link-${r.postName}`}
                >
                  {t('cards.emergencyCard')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
