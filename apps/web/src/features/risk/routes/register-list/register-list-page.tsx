import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { RegisterRow } from '@shuangkong/contracts';
import { Alert, App, Button, Card, Flex, Input, Modal, Select, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import {
  exportUrl,
  templateUrl,
  useImportRegister,
  useRegisterRows,
  type RowFilters,
} from '../../api/list-api.ts';
import { importErrorRows } from '../../api/upload.ts';
import { levelsDescending } from '../../components/levels.ts';
import { LevelTag, StatusTag } from '../../components/tags.tsx';

type ImportError = { row: number; column: string; reason: string };

/** 风险管控清单 as one table (seed 003 columns), with the Excel trio 导出 / 下载模板 / 导入. */
export function RegisterListPage() {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [filters, setFilters] = useState<RowFilters>({ page: 1, pageSize: 50, sort: 'code', order: 'asc' });
  const { data, isLoading, error } = useRegisterRows(enterpriseId, filters);
  const importer = useImportRegister(enterpriseId, session.csrfToken);
  const fileInput = useRef<HTMLInputElement>(null);
  const [importErrors, setImportErrors] = useState<ImportError[] | null>(null);
  const { page: _p, pageSize: _s, ...exportFilters } = filters;

  const onImport = (file: File | undefined) => {
    if (!file) return;
    importer.mutate(file, {
      onSuccess: (outcome) => {
        if (outcome.ok) {
          const r = outcome.data.data;
          void message.success(
            t('list.importDone', {
              rows: r.rows,
              objects: r.objectsCreated,
              units: r.unitsCreated,
              events: r.events,
              measures: r.measures,
            }),
          );
          return;
        }
        const rows = importErrorRows(outcome.body);
        if (rows.length > 0) setImportErrors(rows);
        else void message.error(errorMessage(t, outcome.error));
      },
      onError: (e) => void message.error(errorMessage(t, e)),
    });
  };
  const canImport = data?.abilities.canImport ?? false;

  return (
    <PageContainer
      title={t('list.title')}
      extra={
        <>
          <Link to="/risk/register">
            <Button>{t('register.treeView')}</Button>
          </Link>
          <Button
            icon={<FileExcelOutlined />}
            href={exportUrl(enterpriseId, exportFilters)}
            data-testid="risk-export"
          >
            {t('list.export')}
          </Button>
          <Button icon={<DownloadOutlined />} href={templateUrl()} data-testid="risk-template">
            {t('list.template')}
          </Button>
          {canImport ? (
            <>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                style={{ display: 'none' }}
                data-testid="risk-import-input"
                onChange={(e) => {
                  onImport(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={importer.isPending}
                onClick={() => fileInput.current?.click()}
                data-testid="risk-import"
              >
                {t('list.import')}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            style={{ width: 260 }}
            placeholder={t('register.searchPlaceholder')}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
            data-testid="risk-list-search"
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('register.levelFilter')}
            onChange={(level: string | undefined) => setFilters((f) => ({ ...f, level, page: 1 }))}
            options={levelsDescending.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            data-testid="risk-list-level"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('common.status')}
            onChange={(status: string | undefined) => setFilters((f) => ({ ...f, status, page: 1 }))}
            options={(['draft', 'submitted', 'reviewed', 'approved'] as const).map((s) => ({
              value: s,
              label: t(`status.${s}`),
            }))}
          />
          <Select
            style={{ width: 150 }}
            value={filters.sort}
            onChange={(sort: string) =>
              setFilters((f) => ({ ...f, sort, order: sort === 'level' ? 'desc' : 'asc' }))
            }
            options={(['code', 'level', 'object', 'unit'] as const).map((s) => ({
              value: s,
              label: t(`list.sorts.${s}`),
            }))}
            data-testid="risk-list-sort"
          />
        </Flex>
      </Card>
      {error ? <Alert type="error" title={errorMessage(t, error)} style={{ marginBottom: 12 }} /> : null}
      <Table<RegisterRow>
        rowKey="eventId"
        size="small"
        bordered
        loading={isLoading}
        dataSource={data?.data ?? []}
        scroll={{ x: 1600 }}
        data-testid="risk-register-table"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.page.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          {
            title: t('list.cols.seq'),
            key: 'seq',
            width: 56,
            fixed: 'left',
            render: (_: unknown, __: RegisterRow, i: number) => (filters.page - 1) * filters.pageSize + i + 1,
          },
          {
            title: t('list.cols.object'),
            key: 'object',
            width: 140,
            render: (_: unknown, r) => `${r.objectCode} ${r.objectName}`,
          },
          {
            title: t('list.cols.unit'),
            key: 'unit',
            width: 140,
            render: (_: unknown, r) => (
              <Link to={`/risk/register?unit=${r.unitId}`}>{`${r.unitCode} ${r.unitName}`}</Link>
            ),
          },
          { title: t('list.cols.event'), dataIndex: 'eventName', width: 180 },
          {
            title: t('list.cols.factors'),
            key: 'factors',
            width: 180,
            render: (_: unknown, r) => r.factors.map((f) => f.name || f.code).join('；'),
          },
          {
            title: t('list.cols.residualLevel'),
            dataIndex: 'residualLevel',
            width: 90,
            render: (l: RegisterRow['residualLevel']) => <LevelTag level={l} short />,
          },
          {
            title: t('list.cols.inherentLevel'),
            dataIndex: 'inherentLevel',
            width: 90,
            render: (l: RegisterRow['inherentLevel']) => <LevelTag level={l} short />,
          },
          {
            title: t('list.cols.accidentTypes'),
            key: 'acc',
            width: 130,
            render: (_: unknown, r) => r.accidentTypes.join('、'),
          },
          {
            title: t('list.cols.controlMeasures'),
            key: 'cm',
            width: 280,
            render: (_: unknown, r) =>
              r.controlMeasures.map((m, i) => (
                <div key={i}>
                  {i + 1}.{' '}
                  {m.hierarchy ? `【${t(`hierarchy.${m.hierarchy}`, { defaultValue: m.hierarchy })}】` : ''}
                  {m.content}
                </div>
              )),
          },
          {
            title: t('list.cols.emergencyMeasures'),
            key: 'em',
            width: 200,
            render: (_: unknown, r) =>
              r.emergencyMeasures.map((m, i) => (
                <div key={i}>
                  {i + 1}. {m}
                </div>
              )),
          },
          {
            title: t('list.cols.controlTier'),
            dataIndex: 'controlTier',
            width: 80,
            render: (v: RegisterRow['controlTier']) => (v ? t(`tiers.${v}`) : '—'),
          },
          { title: t('list.cols.responsibleUnit'), dataIndex: 'responsibleUnitName', width: 100 },
          { title: t('list.cols.responsibleUser'), dataIndex: 'responsibleUserName', width: 80 },
          {
            title: t('list.cols.status'),
            dataIndex: 'status',
            width: 80,
            render: (s: RegisterRow['status']) => <StatusTag status={s} />,
          },
        ]}
      />
      <Modal
        open={importErrors !== null}
        title={t('list.importErrorsTitle')}
        footer={null}
        width={760}
        onCancel={() => setImportErrors(null)}
      >
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('list.importFailed', { count: importErrors?.length ?? 0 })}
        />
        <Table<ImportError>
          size="small"
          rowKey={(r) => `${r.row}-${r.column}-${r.reason}`}
          dataSource={importErrors ?? []}
          pagination={{ pageSize: 20 }}
          data-testid="risk-import-errors"
          columns={[
            { title: t('list.row'), dataIndex: 'row', width: 70 },
            { title: t('list.column'), dataIndex: 'column', width: 140 },
            {
              title: t('list.reason'),
              dataIndex: 'reason',
              render: (v: string) => <Typography.Text>{v}</Typography.Text>,
            },
          ]}
        />
      </Modal>
    </PageContainer>
  );
}
