import { accidentTypes1986, type PublicRiskDetail } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { usePublicRisk, useRegionalMapData, useRetirePublicRisk } from '../api/map-api.ts';
import type { MapShape } from '../canvas/map-renderer.ts';
import { MapLevelTag } from '../components/level-tag.tsx';
import { codeOfLevel } from '../components/map-model.ts';
import { MapCanvas } from '../components/map-canvas.tsx';
import { PublicRiskFormDrawer } from '../components/public-risk-form.tsx';
import '../../i18n.ts';

const NO_POINTS = { lng: [], lat: [], color: [] };
const accidentName = new Map(accidentTypes1986.map((a) => [a.code, a]));

/** One public-area risk: where, who answers for it, its assessment with the working, and its history. */
export function PublicRiskDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('supervision');
  const query = usePublicRisk(id);
  const mapData = useRegionalMapData();
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const risk = query.data?.data;
  const zh = i18n.language.startsWith('zh');

  const shapes = useMemo<MapShape[]>(() => {
    if (!risk) return [];
    return risk.geometry.type === 'Point'
      ? [{ kind: 'point', at: risk.geometry.coordinates, color: codeOfLevel[risk.level] }]
      : [{ kind: 'polygon', rings: risk.geometry.coordinates, color: codeOfLevel[risk.level] }];
  }, [risk]);

  if (query.isLoading) return <Spin style={{ margin: 40 }} />;
  if (query.error || !risk)
    return (
      <PageContainer title={t('map.publicRisks.title')}>
        <Alert type="error" title={errorMessage(t, query.error)} />
      </PageContainer>
    );

  return (
    <PageContainer
      title={
        <span data-testid="public-risk-title">
          {risk.name} <MapLevelTag level={risk.level} testId="public-risk-level" />
          {risk.status === 'retired' ? <Tag>{t('map.detail.retired')}</Tag> : null}
        </span>
      }
      subTitle={<Link to="/supervision/public-risks">{t('map.detail.back')}</Link>}
      extra={
        <>
          {risk.abilities.edit ? (
            <Button onClick={() => setEditing(true)} data-testid="public-risk-edit">
              {t('map.detail.edit')}
            </Button>
          ) : null}
          {risk.abilities.retire ? (
            <Button danger onClick={() => setRetiring(true)} data-testid="public-risk-retire">
              {t('map.detail.retire')}
            </Button>
          ) : null}
        </>
      }
    >
      {risk.status === 'retired' ? (
        <Alert
          type="warning"
          style={{ marginBottom: 12 }}
          title={t('map.detail.retiredInfo', {
            by: risk.retiredByName ?? '—',
            at: formatDateTime(risk.retiredAt),
            reason: risk.retireReason ?? '',
          })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('map.detail.basics')}>
            <Descriptions column={2} size="small">
              <Descriptions.Item label={t('map.publicRisks.columns.category')}>
                {t(`map.publicRisks.categories.${risk.category}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.publicRisks.columns.township')}>
                {risk.jurisdictionName}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.publicRisks.columns.owner')}>
                {risk.ownerName}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.responsibleUnit')}>
                {risk.responsibleUnit}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.responsiblePerson')}>
                {risk.responsiblePerson}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.responsiblePhone')}>
                {risk.responsiblePhone}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.accidentTypes')} span={2}>
                {risk.accidentTypes.map((c) => {
                  const a = accidentName.get(c);
                  return <Tag key={c}>{a ? (zh ? a.nameZh : a.nameEn) : c}</Tag>;
                })}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.description')} span={2}>
                {risk.description || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.form.measures')} span={2}>
                {risk.measures || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.detail.location')} span={2}>
                {risk.geometry.type === 'Point'
                  ? t('map.detail.pointAt', {
                      longitude: risk.geometry.coordinates[0],
                      latitude: risk.geometry.coordinates[1],
                    })
                  : t('map.detail.polygonOf', { n: (risk.geometry.coordinates[0]?.length ?? 1) - 1 })}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.detail.createdBy')}>
                {risk.createdByName ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.detail.createdAt')}>
                {formatDateTime(risk.createdAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            size="small"
            title={t('map.detail.assessment')}
            style={{ marginTop: 16 }}
            data-testid="public-risk-assessment"
          >
            <Descriptions column={2} size="small">
              <Descriptions.Item label={t('map.form.method')}>
                {t(`map.publicRisks.methods.${risk.assessment.method}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('map.publicRisks.columns.level')}>
                <MapLevelTag level={risk.assessment.level} />
              </Descriptions.Item>
              <Descriptions.Item label={t('map.detail.explanation')} span={2}>
                {risk.assessment.explanation}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <MapCanvas
              boundaries={mapData.data?.data.boundaries ?? []}
              points={NO_POINTS}
              shapes={shapes}
              height={300}
            />
          </Card>
          <Card size="small" title={t('map.detail.history')} style={{ marginTop: 16 }}>
            <Timeline
              items={risk.history.map((h) => ({
                key: `${h.at}-${h.action}`,
                children: (
                  <div>
                    <Typography.Text strong>{t(`map.detail.actions.${h.action}`)}</Typography.Text>{' '}
                    {h.level ? <MapLevelTag level={h.level} /> : null}
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(h.at)} · {h.actorName ?? '—'}
                      </Typography.Text>
                    </div>
                    {h.note ? <div>{h.note}</div> : null}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <PublicRiskFormDrawer open={editing} onClose={() => setEditing(false)} risk={risk} />
      <RetireModal risk={risk} open={retiring} onClose={() => setRetiring(false)} />
    </PageContainer>
  );
}

function RetireModal({
  risk,
  open,
  onClose,
}: {
  risk: PublicRiskDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<{ reason: string }>();
  const retire = useRetirePublicRisk();
  const saving = useFormMutation(form, retire, { success: t('map.detail.retired'), onSuccess: onClose });
  return (
    <Modal
      open={open}
      title={t('map.detail.retireTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: true, loading: saving.isPending, id: 'public-risk-retire-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('map.detail.retireHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => saving.submit({ id: risk.id, body: { reason: v.reason, version: risk.version } })}
      >
        <Form.Item
          name="reason"
          label={t('map.detail.retireReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common:required', { field: t('map.detail.retireReason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="public-risk-retire-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
