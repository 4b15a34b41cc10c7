import { directReason, directReasonLevel, type DirectReason } from '@shuangkong/contracts';
import type {
  AssessmentKind,
  AssessmentMethod,
  AssessmentTableSet,
  RiskAssessment,
  RiskLevel,
} from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Modal,
  Popover,
  Radio,
  Segmented,
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../shared/format/date.ts';
import {
  useAssessEvent,
  useAssessmentTables,
  useEnterpriseTables,
  useEventAssessments,
  useLiveEvaluation,
  type EnterpriseTables,
} from '../api/assessment-api.ts';
import {
  formatInputs,
  fromStoredInputs,
  toAssessmentRequest,
  toEvaluateRequest,
  type AssessmentFormValues,
} from './form-mapping.ts';
import { levelHex, levelTextHex, levelsDescending } from './levels.ts';
import { LevelTag } from './tags.tsx';

const methods: readonly AssessmentMethod[] = ['lec', 'ls', 'mes', 'direct'];

function bandText(
  b: { min: number; max: number | null; minInclusive: boolean; maxInclusive: boolean },
  symbol: string,
) {
  if (b.max === null) return `${symbol} ${b.minInclusive ? '≥' : '>'} ${b.min}`;
  const lower = b.min === 0 && b.minInclusive ? '' : `${b.min} ${b.minInclusive ? '≤' : '<'} `;
  return `${lower}${symbol} ${b.maxInclusive ? '≤' : '<'} ${b.max}`;
}

/** The reference table one click away (风险等级界限值 / 风险矩阵). */
function BandsReference({ set }: { set: AssessmentTableSet }) {
  const { t } = useTranslation('risk');
  return (
    <Popover
      title={set.method === 'ls' ? t('assessment.matrixTable') : t('assessment.bandsTable')}
      content={
        <table style={{ borderCollapse: 'collapse', fontSize: 13 }} data-testid="risk-bands-table">
          <tbody>
            {set.bands.map((b) => (
              <tr key={`${b.min}-${b.max}`}>
                <td
                  style={{ padding: '4px 8px', background: levelHex(b.level), color: levelTextHex(b.level) }}
                >
                  {t(`levels.${b.level}`)}
                </td>
                <td style={{ padding: '4px 8px' }}>{bandText(b, set.scoreSymbol)}</td>
                <td style={{ padding: '4px 8px' }}>{b.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Button type="link" size="small" data-testid="risk-bands-ref">
        {set.method === 'ls' ? t('assessment.matrixTable') : t('assessment.bandsTable')}
      </Button>
    </Popover>
  );
}

type PanelProps = {
  value: AssessmentFormValues;
  onChange: (v: AssessmentFormValues) => void;
  disabled?: boolean;
  /**
   * The enterprise's table sets: an event's assessment is saved with them, so the live result
   * must use them too and the table cannot be switched. Absent on the free calculator.
   */
  fixedTables?: EnterpriseTables | undefined;
};

/**
 * Method, table set and one picker per factor with each value's meaning visible ("6 — 相当可能"),
 * then the live result: score, level colour, band and the server's explanation.
 */
export function AssessmentPanel({ value, onChange, disabled, fixedTables }: PanelProps) {
  const { t, i18n } = useTranslation('risk');
  const tables = useAssessmentTables();
  const en = i18n.language === 'en-US';
  const setsForMethod = (tables.data?.data ?? []).filter((s) => s.method === value.method);
  const fixedKey =
    value.method === 'lec'
      ? fixedTables?.lecTable
      : value.method === 'ls'
        ? fixedTables?.lsTable
        : value.method === 'mes'
          ? fixedTables?.mesTable
          : undefined;
  const set =
    setsForMethod.find((s) => s.key === (fixedKey ?? value.tableVersion)) ??
    setsForMethod.find((s) => s.isDefault) ??
    setsForMethod[0];
  const request = useMemo(() => toEvaluateRequest({ ...value, tableVersion: set?.key }), [value, set?.key]);
  const live = useLiveEvaluation(request);

  return (
    <div data-testid="risk-assessment-panel">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented
          data-testid="risk-assessment-method"
          value={value.method}
          disabled={disabled}
          onChange={(m) => onChange({ method: m as AssessmentMethod, factors: {} })}
          options={methods.map((m) => ({
            value: m,
            label: <span data-testid={`risk-method-${m}`}>{t(`methods.${m}`)}</span>,
          }))}
        />
        {setsForMethod.length > 1 && !fixedTables ? (
          <Select
            size="small"
            style={{ minWidth: 220 }}
            value={set?.key}
            data-testid="risk-assessment-table"
            onChange={(key: string) => onChange({ ...value, tableVersion: key, factors: {} })}
            options={setsForMethod.map((s) => ({ value: s.key, label: s.nameZh }))}
          />
        ) : null}
        {set && value.method !== 'direct' ? <BandsReference set={set} /> : null}
      </Flex>
      {tables.isLoading ? <Spin /> : null}
      {tables.error ? (
        <Alert type="error" title={t('assessment.noTables')} description={errorMessage(t, tables.error)} />
      ) : null}

      {value.method === 'direct' ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('assessment.directForcedMajor')}</Typography.Text>
          <div>
            <Typography.Text strong>{t('assessment.directReason')}</Typography.Text>
            <Radio.Group
              style={{ display: 'block', marginTop: 4 }}
              disabled={disabled}
              data-testid="risk-direct-reason"
              value={value.directReason}
              onChange={(e) => {
                const reason = e.target.value as DirectReason;
                onChange({
                  ...value,
                  directReason: reason,
                  // Each ground names its level; only 'other' leaves it to the assessor.
                  directLevel: directReasonLevel[reason] ?? value.directLevel,
                });
              }}
              options={directReason.options.map((r) => ({
                value: r,
                label: t(`directReasons.${r}`),
              }))}
            />
          </div>
          <div>
            <Typography.Text strong>{t('assessment.directLevel')}</Typography.Text>
            <Radio.Group
              style={{ display: 'block', marginTop: 4 }}
              disabled={
                disabled ||
                (value.directReason !== undefined && directReasonLevel[value.directReason] !== null)
              }
              data-testid="risk-direct-level"
              value={value.directLevel}
              onChange={(e) => onChange({ ...value, directLevel: e.target.value as RiskLevel })}
              options={levelsDescending.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            />
          </div>
          <Input.TextArea
            rows={2}
            placeholder={t('assessment.directNote')}
            value={value.directNote}
            disabled={disabled}
            data-testid="risk-direct-note"
            onChange={(e) => onChange({ ...value, directNote: e.target.value })}
          />
        </Space>
      ) : set ? (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          {set.factors.map((f) => (
            <div key={f.key} data-testid={`risk-factor-${f.key}`}>
              <Typography.Text strong>
                {f.symbol} — {f.nameZh}
              </Typography.Text>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 2, marginTop: 4 }}
                disabled={disabled}
                value={value.factors[f.key]}
                onChange={(e) =>
                  onChange({
                    ...value,
                    tableVersion: set.key,
                    factors: { ...value.factors, [f.key]: Number(e.target.value) },
                  })
                }
              >
                {f.options.map((o) => (
                  <Radio key={o.value} value={o.value} data-testid={`risk-factor-${f.key}-${o.value}`}>
                    <Typography.Text strong style={{ display: 'inline-block', minWidth: 32 }}>
                      {o.value}
                    </Typography.Text>
                    <Typography.Text type="secondary">— {en ? o.labelEn : o.labelZh}</Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </div>
          ))}
        </Space>
      ) : null}

      <LiveResult request={request !== null} live={live} symbol={set?.scoreSymbol ?? 'D'} />
    </div>
  );
}

function LiveResult({
  request,
  live,
  symbol,
}: {
  request: boolean;
  live: ReturnType<typeof useLiveEvaluation>;
  symbol: string;
}) {
  const { t } = useTranslation('risk');
  const r = live.result;
  if (!request) {
    return (
      <Alert
        style={{ marginTop: 16 }}
        type="info"
        showIcon
        title={t('assessment.pickHint')}
        data-testid="risk-assessment-result-empty"
      />
    );
  }
  if (live.error) {
    return (
      <Alert
        style={{ marginTop: 16 }}
        type="error"
        showIcon
        title={errorMessage(t, live.error)}
        data-testid="risk-assessment-error"
      />
    );
  }
  return (
    <Card
      size="small"
      style={{ marginTop: 16, borderColor: r ? levelHex(r.level) : undefined, borderWidth: 2 }}
      data-testid="risk-assessment-result"
      data-level={r?.level ?? ''}
      data-score={r?.score ?? ''}
      title={
        <Flex gap={8} align="center">
          {t('assessment.result')}
          {live.isComputing ? <Spin size="small" /> : null}
        </Flex>
      }
    >
      {r ? (
        <Flex gap={16} align="center" wrap>
          <div
            style={{
              background: levelHex(r.level),
              color: levelTextHex(r.level),
              padding: '10px 18px',
              borderRadius: 6,
              fontSize: 20,
              fontWeight: 600,
            }}
            data-testid="risk-assessment-level"
          >
            {t(`levels.${r.level}`)}
          </div>
          <div style={{ flex: 1, minWidth: 240 }}>
            {r.score !== null ? (
              <Typography.Title level={5} style={{ margin: 0 }} data-testid="risk-assessment-score">
                {t('assessment.score', { symbol, score: r.score })}
              </Typography.Title>
            ) : null}
            {r.band ? (
              <div>{t('assessment.band', { band: `${bandText(r.band, symbol)}（${r.band.label}）` })}</div>
            ) : null}
            <Typography.Text type="secondary" data-testid="risk-assessment-explanation">
              {r.explanation}
            </Typography.Text>
          </div>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('assessment.computing')}</Typography.Text>
      )}
    </Card>
  );
}

/** An event's stored snapshots, newest first. */
export function AssessmentHistory({ enterpriseId, eventId }: { enterpriseId: string; eventId: string }) {
  const { t } = useTranslation('risk');
  const { data, isLoading } = useEventAssessments(enterpriseId, eventId);
  const rows = [...(data?.data ?? [])].sort((a, b) => b.assessedAt.localeCompare(a.assessedAt));
  return (
    <Table<RiskAssessment>
      size="small"
      rowKey="id"
      loading={isLoading}
      dataSource={rows}
      pagination={false}
      data-testid="risk-assessment-history"
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.historyEmpty')} />,
      }}
      columns={[
        {
          title: t('assessment.assessedAt'),
          dataIndex: 'assessedAt',
          width: 140,
          render: (v: string) => formatDateTime(v),
        },
        {
          title: t('assessment.kind'),
          dataIndex: 'kind',
          width: 90,
          render: (k: AssessmentKind) => t(`assessmentKinds.${k}`),
        },
        {
          title: t('assessment.method'),
          dataIndex: 'method',
          width: 90,
          render: (m: AssessmentMethod) => t(`methods.${m}`),
        },
        {
          title: t('assessment.inputs'),
          dataIndex: 'inputs',
          render: (i: Record<string, unknown>) => formatInputs(i),
        },
        {
          title: t('common.level'),
          dataIndex: 'level',
          width: 100,
          render: (l: RiskLevel) => <LevelTag level={l} />,
        },
        { title: t('assessment.explanation'), dataIndex: 'explanation', ellipsis: true },
      ]}
    />
  );
}

type ModalProps = {
  enterpriseId: string;
  event: {
    id: string;
    name: string;
    inherentAssessment: RiskAssessment | null;
    residualAssessment: RiskAssessment | null;
  };
  initialKind: AssessmentKind;
  canEdit: boolean;
  onClose: () => void;
};

/** 评估 a risk event: pick, see the level live, save as inherent or residual; history below. */
export function AssessmentModal({ enterpriseId, event, initialKind, canEdit, onClose }: ModalProps) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const [kind, setKind] = useState<AssessmentKind>(initialKind);
  const start = (k: AssessmentKind): AssessmentFormValues => {
    const last = k === 'inherent' ? event.inherentAssessment : event.residualAssessment;
    return last
      ? { ...fromStoredInputs(last.method, last.inputs), tableVersion: last.tableVersion }
      : { method: 'lec', factors: {} };
  };
  const [values, setValues] = useState<AssessmentFormValues>(() => start(initialKind));
  const assess = useAssessEvent(enterpriseId);
  const settings = useEnterpriseTables(enterpriseId);
  const request = toAssessmentRequest(values, kind);

  const save = () => {
    if (!request) return;
    assess.mutate(
      { eventId: event.id, request },
      {
        onSuccess: () => {
          void message.success(t('assessment.saved'));
          onClose();
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title={t('assessment.eventTitle', { name: event.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        canEdit ? (
          <Button
            key="save"
            type="primary"
            disabled={!request}
            loading={assess.isPending}
            onClick={save}
            data-testid="risk-assessment-save"
          >
            {t('assessment.saveAs', { kind: t(`assessmentKinds.${kind}`) })}
          </Button>
        ) : null,
      ]}
    >
      <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('assessment.kind')}</Typography.Text>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={kind}
          data-testid="risk-assessment-kind"
          onChange={(e) => {
            const k = e.target.value as AssessmentKind;
            setKind(k);
            setValues(start(k));
          }}
          options={(['inherent', 'residual'] as const).map((k) => ({
            value: k,
            label: t(`assessmentKinds.${k}`),
          }))}
        />
      </Flex>
      <AssessmentPanel
        value={values}
        onChange={setValues}
        disabled={!canEdit}
        fixedTables={settings.data?.data}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('assessment.history')}
      </Typography.Title>
      <AssessmentHistory enterpriseId={enterpriseId} eventId={event.id} />
    </Modal>
  );
}
