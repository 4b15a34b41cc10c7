import type { AssignmentListQuery, AssignmentSummary } from '@shuangkong/contracts';
import { Alert, Button, Flex, Input, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDate } from '../../../../shared/format/date.ts';
import { useAssignments } from '../api/assignment-api.ts';
import { DueChip, LevelTag, StateTag } from '../components/assignment-tags.tsx';
import '../../i18n.ts';

type Tab = 'register' | 'assign' | 'closeOut';

function AssignmentTable({ view, testId }: { view: AssignmentListQuery['view']; testId: string }) {
  const { t } = useTranslation('supervision');
  const [q, setQ] = useState('');
  const list = useAssignments({ view, ...(q ? { q } : {}) });
  const rows = list.data?.data ?? [];
  const columns: ColumnsType<AssignmentSummary> = [
    {
      title: t('assignment.fields.enterprise'),
      dataIndex: 'enterpriseName',
      width: 200,
      render: (name: string, a) => <Link to={`/enterprises/${a.enterpriseId}`}>{name}</Link>,
    },
    {
      title: t('assignment.fields.unit'),
      dataIndex: 'unitName',
      render: (name: string, a) => (
        <Link to={`/supervision/assignments/${a.id}`} data-testid="assignment-link">
          {a.objectName} / {name}
        </Link>
      ),
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
    { title: t('assignment.fields.gradedOn'), dataIndex: 'gradedOn', width: 110 },
    {
      title: t('assignment.fields.assignDueOn'),
      dataIndex: 'assignDueOn',
      width: 140,
      render: (d: string, a) => (
        <>
          {d}
          {a.assignedLate ? (
            <Tag color="red" style={{ marginLeft: 4 }}>
              {t('assignment.late')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('assignment.fields.docNumber'),
      dataIndex: 'docNumber',
      width: 170,
      render: (v: string | null) => v ?? '—',
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
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_: unknown, a) =>
        a.abilities.assign || a.abilities.verifyCloseOut ? (
          <Link to={`/supervision/assignments/${a.id}`}>
            <Button
              size="small"
              type="primary"
              data-testid={a.abilities.assign ? 'assignment-assign-open' : 'assignment-verify-open'}
            >
              {a.abilities.assign ? t('assignment.actions.assign') : t('assignment.actions.verify')}
            </Button>
          </Link>
        ) : null,
    },
  ];
  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('assignment.search')}
          style={{ maxWidth: 320 }}
          onSearch={setQ}
        />
        <Typography.Text type="secondary">{t('assignment.count', { n: rows.length })}</Typography.Text>
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<AssignmentSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1300 }}
        locale={{ emptyText: t('assignment.empty') }}
        data-testid={testId}
      />
    </>
  );
}

/**
 * 交办销号: 登记造册 (every significant and major risk in remit, with its assignment deadline), 交办
 * (to assign, and the letters out) and 销号审核 (close-out requests with their 10 working days).
 */
export function RegulatorAssignmentsPage() {
  const { t } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const tab = (
    ['register', 'assign', 'closeOut'].includes(params.get('tab') ?? '') ? params.get('tab') : 'register'
  ) as Tab;
  const [registerView, setRegisterView] = useState<'active' | 'history'>('active');
  const [assignView, setAssignView] = useState<'toAssign' | 'assigned'>('toAssign');
  return (
    <PageContainer
      title={t('assignment.title')}
      subTitle={t('assignment.subtitle')}
      extra={
        <Link to="/supervision/bulletins">
          <Button>{t('assignment.bulletin.title')}</Button>
        </Link>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'register',
            label: t('assignment.tabs.register'),
            children: (
              <>
                <Segmented<'active' | 'history'>
                  style={{ marginBottom: 12 }}
                  value={registerView}
                  onChange={setRegisterView}
                  options={[
                    { value: 'active', label: t('assignment.views.active') },
                    { value: 'history', label: t('assignment.views.history') },
                  ]}
                />
                <AssignmentTable view={registerView} testId="assignment-register" />
              </>
            ),
          },
          {
            key: 'assign',
            label: t('assignment.tabs.assign'),
            children: (
              <>
                <Segmented<'toAssign' | 'assigned'>
                  style={{ marginBottom: 12 }}
                  value={assignView}
                  onChange={setAssignView}
                  options={[
                    { value: 'toAssign', label: t('assignment.views.toAssign') },
                    { value: 'assigned', label: t('assignment.views.assigned') },
                  ]}
                />
                <AssignmentTable view={assignView} testId="assignment-assign-list" />
              </>
            ),
          },
          {
            key: 'closeOut',
            label: t('assignment.tabs.closeOut'),
            children: <AssignmentTable view="closeOut" testId="assignment-close-out-list" />,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('assignment.rules', { today: formatDate(new Date().toISOString()) })}
      </Typography.Text>
    </PageContainer>
  );
}
