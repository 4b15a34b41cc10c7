import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ControlMeasure, RiskEventDetail, RiskUnitDetail } from '@shuangkong/contracts';
import { accidentTypes1986 } from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteWithReason } from '../../components/delete-with-reason.tsx';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import { useUnitVersions } from '../../api/approval-api.ts';
import {
  useDeleteEvent,
  useDeleteMeasure,
  useDeleteUnit,
  useRiskUnit,
  type TreeObject,
  type UnitAbilities,
} from '../../api/register-api.ts';
import { ApprovalButtons, SignatureTimeline } from '../../components/approval-panel.tsx';
import { AssessmentModal } from '../../components/assessment-form.tsx';
import { EventFormModal, MeasureFormModal, UnitFormModal } from '../../components/entity-forms.tsx';
import { LevelTag, StatusTag } from '../../components/tags.tsx';
import { SafetySignsEditor } from './safety-signs-editor.tsx';
import { PostsEditor, StepsEditor, StewardsEditor } from './unit-editors.tsx';
import { useEditParam } from './use-edit-param.ts';

const accidentName = new Map<string, string>(accidentTypes1986.map((a) => [a.code, a.nameZh]));
const hierarchyRank = { elimination: 1, substitution: 2, engineering: 3, administrative: 4, ppe: 5 } as const;

type MeasureTarget = { eventId: string; kind: 'control' | 'emergency'; measure: ControlMeasure | null };

function MeasureList({
  items,
  kind,
  canEdit,
  onEdit,
  onDelete,
}: {
  items: ControlMeasure[];
  kind: 'control' | 'emergency';
  canEdit: boolean;
  onEdit: (m: ControlMeasure) => void;
  onDelete: (m: ControlMeasure, reason: string) => void;
}) {
  const { t } = useTranslation('risk');
  const sorted = [...items].sort(
    (a, b) =>
      (a.hierarchy ? hierarchyRank[a.hierarchy] : 9) - (b.hierarchy ? hierarchyRank[b.hierarchy] : 9) ||
      a.sort - b.sort,
  );
  return (
    <List
      size="small"
      dataSource={sorted}
      data-testid={kind === 'control' ? 'risk-measures' : 'risk-emergency-measures'}
      locale={{ emptyText: kind === 'control' ? t('event.noMeasures') : t('event.noEmergency') }}
      renderItem={(m) => (
        <List.Item
          data-testid="risk-measure-item"
          actions={
            canEdit
              ? [
                  <Button
                    key="e"
                    size="small"
                    type="link"
                    onClick={() => onEdit(m)}
                    data-testid="risk-measure-edit"
                  >
                    {t('common.edit')}
                  </Button>,
                  <DeleteWithReason
                    key="d"
                    name={m.content.slice(0, 20)}
                    onConfirm={(reason) => onDelete(m, reason)}
                  >
                    <Button size="small" type="link" danger data-testid="risk-measure-delete">
                      {t('common.delete')}
                    </Button>
                  </DeleteWithReason>,
                ]
              : []
          }
        >
          <Space wrap>
            {m.hierarchy ? <Tag color="geekblue">{t(`hierarchy.${m.hierarchy}`)}</Tag> : null}
            {m.classify2 ? <Tag>{m.classify2}</Tag> : m.classify1 ? <Tag>{m.classify1}</Tag> : null}
            <span>{m.content}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

function EventCard({
  enterpriseId,
  event,
  canEdit,
  onEdit,
  onAssess,
  onMeasure,
}: {
  enterpriseId: string;
  event: RiskEventDetail;
  canEdit: boolean;
  onEdit: () => void;
  onAssess: (kind: 'inherent' | 'residual') => void;
  onMeasure: (target: MeasureTarget) => void;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const removeEvent = useDeleteEvent(enterpriseId);
  const removeMeasure = useDeleteMeasure(enterpriseId);
  const onError = (e: unknown) => void message.error(errorMessage(t, e));
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="risk-event"
      data-event-name={event.name}
      title={
        <Space wrap>
          <span>{event.name}</span>
          <Tag>{t(`states.${event.state}`)}</Tag>
          <Tag>{t(`tenses.${event.tense}`)}</Tag>
        </Space>
      }
      extra={
        canEdit ? (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="risk-event-edit" />
            <DeleteWithReason
              name={event.name}
              onConfirm={(reason) => removeEvent.mutate({ id: event.id, reason }, { onError })}
            >
              <Button size="small" danger icon={<DeleteOutlined />} data-testid="risk-event-delete" />
            </DeleteWithReason>
          </Space>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('event.factors')}>
          {event.factors.length
            ? event.factors.map((f) => `${f.code} ${f.nameZh ?? ''}`.trim()).join('；')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('event.accidentTypes1986')}>
          {event.accidentTypes1986.map((c) => accidentName.get(c) ?? c).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('event.consequences')} span={2}>
          {event.consequences || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={24} wrap style={{ margin: '8px 0' }}>
        {(['inherent', 'residual'] as const).map((kind) => {
          const a = kind === 'inherent' ? event.inherentAssessment : event.residualAssessment;
          return (
            <Space key={kind} data-testid={`risk-event-${kind}`}>
              <Typography.Text strong>{t(`event.${kind}`)}</Typography.Text>
              <LevelTag level={a?.level ?? null} testId={`risk-event-${kind}-level`} />
              {a ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`methods.${a.method}`)} {a.score ?? ''}
                </Typography.Text>
              ) : null}
              <Button
                size="small"
                type={a ? 'default' : 'primary'}
                onClick={() => onAssess(kind)}
                data-testid={`risk-event-assess-${kind}`}
              >
                {t('event.assess')}
              </Button>
            </Space>
          );
        })}
      </Flex>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('event.measures')}</Typography.Text>
        {canEdit ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onMeasure({ eventId: event.id, kind: 'control', measure: null })}
            data-testid="risk-add-measure"
          >
            {t('event.addMeasure')}
          </Button>
        ) : null}
      </Flex>
      <MeasureList
        items={event.measures}
        kind="control"
        canEdit={canEdit}
        onEdit={(m) => onMeasure({ eventId: event.id, kind: 'control', measure: m })}
        onDelete={(m, reason) => removeMeasure.mutate({ id: m.id, reason }, { onError })}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Typography.Text strong>{t('event.emergencyMeasures')}</Typography.Text>
        {canEdit ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onMeasure({ eventId: event.id, kind: 'emergency', measure: null })}
            data-testid="risk-add-emergency"
          >
            {t('event.addEmergency')}
          </Button>
        ) : null}
      </Flex>
      <MeasureList
        items={event.emergencyMeasures}
        kind="emergency"
        canEdit={canEdit}
        onEdit={(m) => onMeasure({ eventId: event.id, kind: 'emergency', measure: m })}
        onDelete={(m, reason) => removeMeasure.mutate({ id: m.id, reason }, { onError })}
      />
    </Card>
  );
}

function VersionList({ enterpriseId, unitId }: { enterpriseId: string; unitId: string }) {
  const { t } = useTranslation('risk');
  const { data, isLoading } = useUnitVersions(enterpriseId, unitId);
  return (
    <Table
      size="small"
      rowKey="version"
      loading={isLoading}
      pagination={false}
      dataSource={data?.data ?? []}
      columns={[
        { title: t('revisions.revision'), dataIndex: 'version', width: 80 },
        { title: t('revisions.publishedBy'), dataIndex: 'approvedByName' },
        {
          title: t('revisions.publishedAt'),
          dataIndex: 'approvedAt',
          render: (v: string) => formatDateTime(v),
        },
      ]}
    />
  );
}

const noAbilities: UnitAbilities = {
  canEdit: false,
  canSubmit: false,
  canWithdraw: false,
  canReview: false,
  canReject: false,
  canApprove: false,
};

/** One analysis unit: levels, approval, events with assessments and measures, steps, posts, signatures. */
export function UnitDetail({
  enterpriseId,
  unitId,
  objects,
  readOnly,
}: {
  enterpriseId: string;
  unitId: string;
  objects: TreeObject[];
  readOnly?: boolean | undefined;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const { data, isLoading, error, refetch } = useRiskUnit(enterpriseId, unitId);
  const removeUnit = useDeleteUnit(enterpriseId);
  const [editingUnit, setEditingUnit] = useState(false);
  const [eventForm, setEventForm] = useState<{ event: RiskEventDetail | null } | null>(null);
  const [assessing, setAssessing] = useState<{
    event: RiskEventDetail;
    kind: 'inherent' | 'residual';
  } | null>(null);
  const [measureForm, setMeasureForm] = useState<MeasureTarget | null>(null);
  const { edit, done } = useEditParam();
  const loaded = data?.data;
  const editable = !readOnly && Boolean(data?.abilities.canEdit);
  useEffect(() => {
    if (!edit || !loaded) return;
    const [what, id] = edit.split(':');
    if (editable && what === 'unit') setEditingUnit(true);
    const event = what === 'event' ? loaded.events.find((e) => e.id === id) : undefined;
    if (editable && event) setEventForm({ event });
    if (editable && what === 'measure')
      for (const e of loaded.events) {
        const measure = e.measures.find((m) => m.id === id);
        if (measure) setMeasureForm({ eventId: e.id, kind: measure.kind, measure });
      }
    done();
  }, [edit, loaded, editable, done]);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isLoading || !data)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const detail: RiskUnitDetail = data.data;
  const abilities = readOnly ? noAbilities : data.abilities;
  const { unit } = detail;
  const canEdit = abilities.canEdit;
  const locked = !readOnly && (unit.status === 'submitted' || unit.status === 'reviewed');

  const tabs = [
    {
      key: 'events',
      label: `${t('unit.tabs.events')} (${detail.events.length})`,
      children: (
        <>
          {canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              style={{ marginBottom: 12 }}
              onClick={() => setEventForm({ event: null })}
              data-testid="risk-add-event"
            >
              {t('register.addEvent')}
            </Button>
          ) : null}
          {detail.events.length === 0 ? <Empty description={t('unit.noEvents')} /> : null}
          {detail.events.map((e) => (
            <EventCard
              key={e.id}
              enterpriseId={enterpriseId}
              event={e}
              canEdit={canEdit}
              onEdit={() => setEventForm({ event: e })}
              onAssess={(kind) => setAssessing({ event: e, kind })}
              onMeasure={setMeasureForm}
            />
          ))}
        </>
      ),
    },
    {
      key: 'steps',
      label: t('unit.tabs.steps'),
      children: (
        <StepsEditor enterpriseId={enterpriseId} unitId={unit.id} steps={detail.steps} canEdit={canEdit} />
      ),
    },
    {
      key: 'posts',
      label: `${t('unit.tabs.posts')} (${detail.posts.length})`,
      children: (
        <PostsEditor enterpriseId={enterpriseId} unitId={unit.id} posts={detail.posts} canEdit={canEdit} />
      ),
    },
    {
      key: 'safetySigns',
      label: `${t('unit.tabs.safetySigns')} (${detail.safetySigns.length})`,
      children: (
        <SafetySignsEditor
          enterpriseId={enterpriseId}
          unitId={unit.id}
          signs={detail.safetySigns}
          accidentTypes1986={detail.events.flatMap((e) => e.accidentTypes1986)}
          canEdit={canEdit}
        />
      ),
    },
    ...(detail.object.isMajorSource
      ? [
          {
            key: 'stewards',
            label: t('unit.tabs.stewards'),
            children: (
              <StewardsEditor
                enterpriseId={enterpriseId}
                objectId={detail.object.id}
                stewards={detail.stewards}
                canEdit={!readOnly && canEdit}
              />
            ),
          },
        ]
      : []),
    {
      key: 'signatures',
      label: t('unit.tabs.signatures'),
      children: <SignatureTimeline enterpriseId={enterpriseId} unitId={unit.id} />,
    },
    {
      key: 'versions',
      label: t('unit.tabs.versions'),
      children: <VersionList enterpriseId={enterpriseId} unitId={unit.id} />,
    },
    {
      key: 'history',
      label: t('unit.tabs.history'),
      children: (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={detail.levelHistory}
          columns={[
            {
              title: t('assessment.assessedAt'),
              dataIndex: 'at',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('common.level'),
              key: 'change',
              render: (_: unknown, h: RiskUnitDetail['levelHistory'][number]) => (
                <Space>
                  <LevelTag level={h.fromLevel} short />→<LevelTag level={h.toLevel} short />
                </Space>
              ),
            },
            { title: t('assessment.explanation'), dataIndex: 'reason' },
          ]}
        />
      ),
    },
  ];

  return (
    <Card
      data-testid="risk-unit-detail"
      data-unit-id={unit.id}
      title={
        <Space wrap>
          <span data-testid="risk-unit-title">
            {unit.code} {unit.name}
          </span>
          <StatusTag status={unit.status} testId="risk-unit-status" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {detail.object.code} {detail.object.name} · {t('common.version', { version: unit.version })}
          </Typography.Text>
        </Space>
      }
      extra={
        canEdit ? (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditingUnit(true)} data-testid="risk-unit-edit">
              {t('common.edit')}
            </Button>
            <DeleteWithReason
              name={unit.name}
              onConfirm={(reason) =>
                removeUnit.mutate(
                  { id: unit.id, reason },
                  { onError: (e) => void message.error(errorMessage(t, e)) },
                )
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="risk-unit-delete" />
            </DeleteWithReason>
          </Space>
        ) : null
      }
    >
      <Flex gap={24} wrap style={{ marginBottom: 12 }} data-testid="risk-unit-levels">
        <Space>
          {t('unit.inherentLevel')} <LevelTag level={unit.inherentLevel} testId="risk-unit-inherent" />
        </Space>
        <Space>
          {t('unit.residualLevel')} <LevelTag level={unit.residualLevel} testId="risk-unit-residual" />
        </Space>
        <Space>
          {t('unit.currentLevel')} <LevelTag level={unit.currentLevel} testId="risk-unit-current" />
        </Space>
        <Space>
          {t('unit.effectiveTier')} {unit.effectiveTier ? t(`tiers.${unit.effectiveTier}`) : '—'}
        </Space>
        <Space>
          {t('unit.lastAssessedAt')} {formatDate(unit.lastAssessedAt)}
        </Space>
      </Flex>
      {unit.outOfControlReason ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          data-testid="risk-unit-out-of-control"
          title={t('unit.outOfControl', { reason: unit.outOfControlReason })}
        />
      ) : null}
      {unit.needsReassessment ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          title={t('unit.reassess', { reason: unit.reassessmentReason ?? '' })}
        />
      ) : null}
      {locked && !canEdit ? (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon title={t('unit.locked')} />
      ) : null}
      {!readOnly ? (
        <div style={{ marginBottom: 12 }}>
          <ApprovalButtons
            enterpriseId={enterpriseId}
            unitId={unit.id}
            unitName={unit.name}
            abilities={abilities}
          />
        </div>
      ) : null}
      <Tabs items={tabs} data-testid="risk-unit-tabs" />
      {editingUnit ? (
        <UnitFormModal
          enterpriseId={enterpriseId}
          objects={objects}
          objectId={unit.objectId}
          unit={unit}
          onClose={() => setEditingUnit(false)}
        />
      ) : null}
      {eventForm ? (
        <EventFormModal
          enterpriseId={enterpriseId}
          unitId={unit.id}
          event={eventForm.event}
          steps={detail.steps}
          onClose={() => setEventForm(null)}
        />
      ) : null}
      {assessing ? (
        <AssessmentModal
          enterpriseId={enterpriseId}
          event={assessing.event}
          initialKind={assessing.kind}
          canEdit={canEdit}
          onClose={() => setAssessing(null)}
        />
      ) : null}
      {measureForm ? (
        <MeasureFormModal
          enterpriseId={enterpriseId}
          eventId={measureForm.eventId}
          kind={measureForm.kind}
          measure={measureForm.measure}
          onClose={() => setMeasureForm(null)}
        />
      ) : null}
    </Card>
  );
}
