import { DownloadOutlined } from '@ant-design/icons';
import type { InspectionItem } from '@shuangkong/contracts';
import { Alert, App, Button, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../../../shared/api/client.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useOrgUnits } from '../../../identity/index.ts';
import {
  useApplyChecklistTemplate,
  useAssignItemPost,
  useChecklist,
  useInspectionSettings,
  useSaveInspectionSettings,
  useSyncChecklist,
} from '../../api/inspection-api.ts';
import { frequencyText, windowText } from '../../components/frequency-text.ts';
import { ItemScheduleDialog } from './item-schedule-dialog.tsx';
import { StewardDefaultsDialog } from './steward-defaults-dialog.tsx';

/** 隐患排查清单: one line per investigation measure of the register, with its frequency. */
export function ChecklistPage() {
  const { t } = useTranslation('inspection');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const { data, isLoading, error } = useChecklist(enterpriseId);
  const sync = useSyncChecklist(enterpriseId);
  const template = useApplyChecklistTemplate(enterpriseId);
  const [editing, setEditing] = useState<InspectionItem | null>(null);
  const orgUnits = useOrgUnits(enterpriseId);
  const assignPost = useAssignItemPost(enterpriseId);
  const [stewardOpen, setStewardOpen] = useState(false);
  const settings = useInspectionSettings(enterpriseId);
  const saveSettings = useSaveInspectionSettings(enterpriseId);
  const [postFilter, setPostFilter] = useState<string | null>(null);
  const posts = (orgUnits.data?.data ?? []).filter((u) => u.kind === 'post');
  const postName = new Map(posts.map((p) => [p.id, p.name]));
  const postOptions = posts.map((p) => ({ value: p.id, label: p.name }));
  const items = (data?.data ?? []).filter((i) => postFilter === null || i.postId === postFilter);

  return (
    <PageContainer
      title={t('checklist.title')}
      extra={
        <Space>
          {settings.data ? (
            <Tooltip title={t('checklist.requireScanHint')}>
              <Space size={6}>
                <Switch
                  checked={settings.data.data.requireScan}
                  disabled={!settings.data.data.abilities.edit}
                  loading={saveSettings.isPending}
                  onChange={(requireScan) =>
                    saveSettings.mutate(
                      { requireScan },
                      { onError: (error) => void message.error(errorMessage(t, error)) },
                    )
                  }
                  data-testid="inspection-require-scan"
                />
                {t('checklist.requireScan')}
              </Space>
            </Tooltip>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            href={buildUrl(`/enterprises/${encodeURIComponent(enterpriseId)}/inspection/items/export.xlsx`)}
            download
            data-testid="inspection-checklist-export"
          >
            {t('checklist.export')}
          </Button>
          {data?.abilities.sync ? (
            <Space>
              <Button data-testid="inspection-steward-defaults-open" onClick={() => setStewardOpen(true)}>
                {t('checklist.stewardDefaults')}
              </Button>
              <Popconfirm
                title={t('checklist.applyTemplate')}
                description={<div style={{ maxWidth: 360 }}>{t('checklist.templateConfirm')}</div>}
                onConfirm={() =>
                  template.mutate('chemical-2019-78', {
                    onSuccess: (r) => void message.success(t('checklist.templateApplied', r.data)),
                    onError: (e) => void message.error(errorMessage(t, e)),
                  })
                }
              >
                <Button data-testid="inspection-apply-template" loading={template.isPending}>
                  {t('checklist.applyTemplate')}
                </Button>
              </Popconfirm>
              <Button
                data-testid="inspection-sync"
                loading={sync.isPending}
                onClick={() =>
                  sync.mutate(undefined, {
                    onSuccess: (r) => void message.success(t('checklist.synced', r.data)),
                    onError: (e) => void message.error(errorMessage(t, e)),
                  })
                }
              >
                {t('checklist.sync')}
              </Button>
            </Space>
          ) : null}
        </Space>
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Space style={{ marginBottom: 12 }}>
        {t('checklist.postFilter')}
        <Select
          data-testid="inspection-post-filter"
          allowClear
          style={{ minWidth: 200 }}
          value={postFilter}
          placeholder={t('checklist.post')}
          options={postOptions}
          onChange={(v: string | undefined) => setPostFilter(v ?? null)}
        />
      </Space>
      <Table<InspectionItem>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={items}
        data-testid="inspection-checklist"
        locale={{ emptyText: t('checklist.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('checklist.unit'), dataIndex: 'unitName', width: 140 },
          {
            title: t('checklist.measure'),
            dataIndex: 'measureContent',
            render: (content: string, item) => (
              <>
                {content}
                {item.photoRequired ? (
                  <Tag
                    color="blue"
                    style={{ marginInlineStart: 6 }}
                    data-testid="inspection-item-photo-required"
                  >
                    {t('checklist.photoRequired')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          { title: t('checklist.failureSign'), dataIndex: 'failureSign' },
          {
            title: t('checklist.frequency'),
            key: 'frequency',
            width: 200,
            render: (_: unknown, item) => (
              <>
                {frequencyText(t, item)} {windowText(item)}
                <div>
                  <Tag>{t(`dayTypes.${item.dayType}`)}</Tag>
                  {item.workType !== 'routine' ? (
                    <Tag color="blue">{t(`workTypes.${item.workType}`)}</Tag>
                  ) : null}
                </div>
              </>
            ),
          },
          {
            title: t('checklist.post'),
            key: 'post',
            width: 180,
            render: (_: unknown, item) =>
              item.abilities.edit ? (
                <Select
                  size="small"
                  allowClear
                  style={{ width: '100%' }}
                  data-testid="inspection-item-post"
                  value={item.postId ?? undefined}
                  placeholder={t('checklist.postNone')}
                  options={postOptions}
                  onChange={(v: string | undefined) =>
                    assignPost.mutate(
                      { id: item.id, postId: v ?? null },
                      {
                        onSuccess: () => void message.success(t('checklist.postSaved')),
                        onError: (e) => void message.error(errorMessage(t, e)),
                      },
                    )
                  }
                />
              ) : item.postId ? (
                (postName.get(item.postId) ?? '—')
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_: unknown, item) =>
              item.abilities.edit ? (
                <Button size="small" onClick={() => setEditing(item)} data-testid="inspection-item-edit">
                  {t('checklist.edit')}
                </Button>
              ) : item.retired ? (
                <Tag>{t('checklist.retired')}</Tag>
              ) : null,
          },
        ]}
      />
      {stewardOpen ? (
        <StewardDefaultsDialog enterpriseId={enterpriseId} onClose={() => setStewardOpen(false)} />
      ) : null}
      {editing ? (
        <ItemScheduleDialog enterpriseId={enterpriseId} item={editing} onClose={() => setEditing(null)} />
      ) : null}
    </PageContainer>
  );
}
