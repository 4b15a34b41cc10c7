import { maxLevel, type RiskTemplateLibrary, type RiskTemplateSummary } from '@shuangkong/contracts';
import { Alert, App, Empty, Modal, Select, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { useCopyTemplate, useRiskTemplate, useRiskTemplates } from '../api/templates-api.ts';
import { LevelTag } from './tags.tsx';

/** The server accepts at most this many unit keys; beyond it, "all units" is sent without keys. */
const MAX_UNIT_KEYS = 500;

function allUnitKeys(library: RiskTemplateLibrary | undefined): string[] {
  return library ? library.objects.flatMap((o) => o.units.map((u) => u.key)) : [];
}

function treeData(library: RiskTemplateLibrary, t: TFunction): DataNode[] {
  return library.objects.map((o) => ({
    key: `object:${o.code}`,
    title: (
      <span data-testid={`risk-template-object-${o.code}`}>
        {o.code} {o.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`objectKinds.${o.kind}`)}
        </Typography.Text>
      </span>
    ),
    children: o.units.map((u) => ({
      key: `unit:${u.key}`,
      isLeaf: true,
      title: (
        <span data-testid={`risk-template-unit-${u.key}`}>
          {u.code} {u.name}{' '}
          <Tag style={{ marginInlineEnd: 4 }}>{t('templates.eventCount', { count: u.events.length })}</Tag>
          <LevelTag
            level={maxLevel(u.events.map((e) => e.residualLevel))}
            short
            testId={`risk-template-unit-level-${u.key}`}
          />
        </span>
      ),
    })),
  }));
}

function librarySize(s: RiskTemplateSummary, t: TFunction): string {
  return t('templates.librarySize', {
    objects: s.objectCount,
    units: s.unitCount,
    events: s.eventCount,
    measures: s.measureCount,
  });
}

/** 从行业模板导入: pick an industry library and its units, and copy them into the register as drafts. */
export function TemplateImportModal({
  enterpriseId,
  industryCodes,
  onClose,
}: {
  enterpriseId: string;
  /** The enterprise's industries, when known: a library serving one of them is preselected. */
  industryCodes?: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const templates = useRiskTemplates();
  const summaries = useMemo(() => templates.data?.data ?? [], [templates.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const preselected = useMemo(() => {
    const serving = summaries.find((s) => s.servesIndustryCodes.some((c) => industryCodes?.includes(c)));
    return (serving ?? summaries[0])?.industryCode ?? null;
  }, [summaries, industryCodes]);
  const industryCode = chosen ?? preselected;
  const template = useRiskTemplate(industryCode);
  const library = template.data?.data.industryCode === industryCode ? template.data?.data : undefined;
  // null: every unit of the library (the default); reset whenever another library is chosen.
  const [checked, setChecked] = useState<string[] | null>(null);
  const allKeys = useMemo(() => allUnitKeys(library), [library]);
  const unitKeys = checked ?? allKeys;
  const copy = useCopyTemplate(enterpriseId);

  const submit = () => {
    if (!industryCode || unitKeys.length === 0) return;
    const everything = unitKeys.length === allKeys.length;
    copy.mutate(
      { industryCode, ...(everything && unitKeys.length > MAX_UNIT_KEYS ? {} : { unitKeys }) },
      {
        onSuccess: (res) => {
          const r = res.data;
          void message.success(
            t('templates.done', {
              units: r.unitsCreated,
              events: r.eventsCreated,
              measures: r.measuresCreated,
            }),
          );
          onClose();
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );
  };

  return (
    <Modal
      open
      width={760}
      title={t('templates.title')}
      okText={t('templates.import')}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ disabled: !library || unitKeys.length === 0, 'data-testid': 'risk-template-submit' }}
      confirmLoading={copy.isPending}
      destroyOnHidden
      data-testid="risk-template-modal"
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Alert type="info" showIcon title={t('templates.draftNotice')} data-testid="risk-template-notice" />
        {templates.error ? <Alert type="error" showIcon title={errorMessage(t, templates.error)} /> : null}
        <Select
          style={{ width: '100%' }}
          loading={templates.isLoading}
          placeholder={t('templates.libraryPlaceholder')}
          value={industryCode ?? undefined}
          onChange={(v: string) => {
            setChosen(v);
            setChecked(null);
          }}
          data-testid="risk-template-library"
          options={summaries.map((s) => ({
            value: s.industryCode,
            label: (
              <span>
                {s.nameZh}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {librarySize(s, t)}
                </Typography.Text>
              </span>
            ),
          }))}
        />
        {template.error ? <Alert type="error" showIcon title={errorMessage(t, template.error)} /> : null}
        {template.isLoading ? <Spin /> : null}
        {!templates.isLoading && summaries.length === 0 && !templates.error ? (
          <Empty description={t('templates.empty')} />
        ) : null}
        {library ? (
          <>
            <Typography.Text type="secondary" data-testid="risk-template-selected-count">
              {t('templates.selected', { count: unitKeys.length, total: allKeys.length })}
            </Typography.Text>
            <div style={{ maxHeight: 420, overflow: 'auto' }}>
              <Tree
                checkable
                selectable={false}
                defaultExpandAll
                key={library.industryCode}
                checkedKeys={unitKeys.map((k) => `unit:${k}`)}
                onCheck={(keys) => {
                  const list = Array.isArray(keys) ? keys : keys.checked;
                  setChecked(
                    list.map(String).flatMap((k) => (k.startsWith('unit:') ? [k.slice('unit:'.length)] : [])),
                  );
                }}
                treeData={treeData(library, t)}
                data-testid="risk-template-tree"
              />
            </div>
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
