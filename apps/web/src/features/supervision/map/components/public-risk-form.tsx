import {
  accidentTypes1986,
  directReason,
  directReasonLabelZh,
  placeAt,
  publicRiskCategory,
  riskLevel,
  type AssessmentInput,
  type AssessmentTableSet,
  type PublicRiskDetail,
  type PublicRiskInput,
} from '@shuangkong/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Drawer, Form, Input, Row, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import {
  useCreatePublicRisk,
  usePublicRiskOwners,
  useRegionalMapData,
  useUpdatePublicRisk,
} from '../api/map-api.ts';
import type { MapShape } from '../canvas/map-renderer.ts';
import { closeRing, formatCoordinates, parseCoordinates, previewLevel } from './assessment-preview.ts';
import { MapLevelTag } from './level-tag.tsx';
import { MapCanvas } from './map-canvas.tsx';

type Method = AssessmentInput['method'];
type FormValues = Omit<PublicRiskInput, 'geometry' | 'assessment'> & {
  method: Method;
  factors: Record<string, number | undefined>;
  directLevel?: 'major' | 'significant' | 'general' | 'low';
  directReason?: (typeof directReason.options)[number];
  directNote?: string;
  coordinates: string;
};

const NO_POINTS = { lng: [], lat: [], color: [] };

function useTableSets() {
  return useQuery({
    queryKey: ['risk', 'assessment-tables'],
    queryFn: ({ signal }) => api.get<Envelope<AssessmentTableSet[]>>('/assessment-tables', undefined, signal),
    staleTime: Infinity,
  });
}

function initialValues(risk: PublicRiskDetail | undefined): Partial<FormValues> {
  if (!risk)
    return {
      category: 'market',
      method: 'lec',
      factors: {},
      accidentTypes: [],
      coordinates: '',
      description: '',
      measures: '',
    };
  const a = risk.assessmentInput;
  const corners =
    risk.geometry.type === 'Point'
      ? [risk.geometry.coordinates]
      : (risk.geometry.coordinates[0] ?? []).slice(0, -1);
  return {
    name: risk.name,
    category: risk.category,
    description: risk.description,
    jurisdictionCode: risk.jurisdictionCode,
    ownerRegulatorId: risk.ownerRegulatorId,
    responsibleUnit: risk.responsibleUnit,
    responsiblePerson: risk.responsiblePerson,
    responsiblePhone: risk.responsiblePhone,
    accidentTypes: risk.accidentTypes,
    measures: risk.measures,
    method: a.method,
    factors: a.method === 'direct' ? {} : { ...a.inputs },
    ...(a.method === 'direct'
      ? { directLevel: a.inputs.level, directReason: a.inputs.reason, directNote: a.inputs.note ?? '' }
      : {}),
    coordinates: formatCoordinates(corners),
  };
}

/**
 * 新增/编辑公共区域风险: what and where (a point or an area clicked on the map or typed as
 * coordinates), who owns it and who answers for it, and its assessment with the register's methods;
 * the level shown is the engine's, never typed in.
 */
export function PublicRiskFormDrawer({
  open,
  onClose,
  risk,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  risk?: PublicRiskDetail;
  onSaved?: (saved: PublicRiskDetail) => void;
}) {
  const { t, i18n } = useTranslation('supervision');
  const [form] = Form.useForm<FormValues>();
  const owners = usePublicRiskOwners();
  const tables = useTableSets();
  const mapData = useRegionalMapData();
  const create = useCreatePublicRisk();
  const update = useUpdatePublicRisk();
  const initialKind = risk?.geometry.type === 'Point' ? 'Point' : risk ? 'Polygon' : 'Point';
  const [kind, setKind] = useState<'Point' | 'Polygon'>(initialKind);
  const method = Form.useWatch('method', form) ?? 'lec';
  const factors = Form.useWatch('factors', form) ?? {};
  const coordinatesText = Form.useWatch('coordinates', form) ?? '';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(risk));
    setKind(initialKind);
  }, [open, risk, form, initialKind]);

  const set = useMemo(
    () =>
      method === 'direct' ? undefined : tables.data?.data.find((s) => s.method === method && s.isDefault),
    [tables.data, method],
  );
  const preview = set ? previewLevel(set, factors) : null;
  const corners = useMemo(() => parseCoordinates(coordinatesText) ?? [], [coordinatesText]);
  const shapes = useMemo<MapShape[]>(
    () =>
      kind === 'Polygon' && corners.length >= 3
        ? [{ kind: 'polygon', rings: [closeRing(corners)], color: preview ? levelCode(preview.level) : 0 }]
        : [],
    [kind, corners, preview],
  );
  const marker = kind === 'Point' ? (corners[0] ?? null) : (corners[corners.length - 1] ?? null);

  const place = (at: [number, number]) => {
    const next = kind === 'Point' ? [at] : [...corners, at];
    form.setFieldValue('coordinates', formatCoordinates(next));
    void form.validateFields(['coordinates']).catch(() => undefined);
    // The township is the one under the first click (the server checks the same boundary).
    if (next.length === 1) {
      const township = placeAt(
        (mapData.data?.data.boundaries ?? []).filter((b) => b.level === 'township'),
        at,
      );
      const offered = (owners.data?.data.townships ?? []).some((x) => x.code === township?.code);
      if (township && offered) {
        form.setFieldValue('jurisdictionCode', township.code);
        void form.validateFields(['jurisdictionCode']).catch(() => undefined);
      }
    }
  };

  const saveOptions = {
    success: t('map.form.saved'),
    onSuccess: (res: { data: PublicRiskDetail }) => {
      onSaved?.(res.data);
      onClose();
    },
  };
  const creating = useFormMutation(form, create, saveOptions);
  const updating = useFormMutation(form, update, saveOptions);

  const submit = (v: FormValues) => {
    const pts = parseCoordinates(v.coordinates) ?? [];
    const geometry: PublicRiskInput['geometry'] =
      kind === 'Point'
        ? { type: 'Point', coordinates: pts[0] as [number, number] }
        : { type: 'Polygon', coordinates: [closeRing(pts)] };
    const assessment: AssessmentInput =
      v.method === 'direct'
        ? {
            method: 'direct',
            inputs: {
              level: v.directLevel ?? 'general',
              reason: v.directReason ?? 'other',
              ...(v.directNote ? { note: v.directNote } : {}),
            },
          }
        : ({ method: v.method, inputs: v.factors } as AssessmentInput);
    const body: PublicRiskInput = {
      name: v.name,
      category: v.category,
      description: v.description ?? '',
      jurisdictionCode: v.jurisdictionCode,
      ownerRegulatorId: v.ownerRegulatorId,
      responsibleUnit: v.responsibleUnit,
      responsiblePerson: v.responsiblePerson,
      responsiblePhone: v.responsiblePhone,
      accidentTypes: v.accidentTypes,
      measures: v.measures ?? '',
      geometry,
      assessment,
    };
    if (risk) updating.submit({ id: risk.id, body: { ...body, version: risk.version } });
    else creating.submit(body);
  };

  const zh = i18n.language.startsWith('zh');
  const required = (field: string) => [{ required: true, message: t('common:required', { field }) }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={960}
      title={risk ? t('map.form.editTitle') : t('map.form.createTitle')}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={creating.isPending || updating.isPending}
          onClick={() => form.submit()}
          data-testid="public-risk-save"
        >
          {t('map.form.save')}
        </Button>
      }
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} data-testid="public-risk-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('map.form.name')} rules={required(t('map.form.name'))}>
              <Input maxLength={100} data-testid="public-risk-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="category"
              label={t('map.form.category')}
              rules={required(t('map.form.category'))}
            >
              <Select
                options={publicRiskCategory.options.map((c) => ({
                  value: c,
                  label: t(`map.publicRisks.categories.${c}`),
                }))}
                data-testid="public-risk-category"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="jurisdictionCode"
              label={t('map.form.township')}
              rules={required(t('map.form.township'))}
            >
              <Select
                options={(owners.data?.data.townships ?? []).map((x) => ({ value: x.code, label: x.name }))}
                data-testid="public-risk-township"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="ownerRegulatorId"
              label={t('map.form.owner')}
              rules={required(t('map.form.owner'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(owners.data?.data.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
                data-testid="public-risk-owner"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="responsibleUnit"
              label={t('map.form.responsibleUnit')}
              rules={required(t('map.form.responsibleUnit'))}
            >
              <Input maxLength={100} data-testid="public-risk-unit" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="responsiblePerson"
              label={t('map.form.responsiblePerson')}
              rules={required(t('map.form.responsiblePerson'))}
            >
              <Input maxLength={50} data-testid="public-risk-person" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="responsiblePhone"
              label={t('map.form.responsiblePhone')}
              rules={required(t('map.form.responsiblePhone'))}
            >
              <Input maxLength={20} data-testid="public-risk-phone" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('map.form.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="accidentTypes"
              label={t('map.form.accidentTypes')}
              rules={required(t('map.form.accidentTypes'))}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={accidentTypes1986.map((a) => ({ value: a.code, label: zh ? a.nameZh : a.nameEn }))}
                data-testid="public-risk-accident-types"
              />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('map.form.location')}</Typography.Title>
        <Space style={{ marginBottom: 8 }} wrap>
          <Segmented<'Point' | 'Polygon'>
            value={kind}
            onChange={(k) => {
              setKind(k);
              form.setFieldValue('coordinates', '');
            }}
            options={[
              { value: 'Point', label: t('map.form.point') },
              { value: 'Polygon', label: t('map.form.polygon') },
            ]}
            data-testid="public-risk-location-kind"
          />
          <Button
            size="small"
            onClick={() => form.setFieldValue('coordinates', formatCoordinates(corners.slice(0, -1)))}
          >
            {t('map.form.undoPoint')}
          </Button>
          <Button size="small" onClick={() => form.setFieldValue('coordinates', '')}>
            {t('map.form.clearPoints')}
          </Button>
          <Typography.Text type="secondary">{t('map.form.locationHelp')}</Typography.Text>
        </Space>
        <Row gutter={16}>
          <Col span={16}>
            <div
              style={{ border: '1px solid #d9d9d9', borderRadius: 6, overflow: 'hidden', marginBottom: 16 }}
            >
              <MapCanvas
                boundaries={mapData.data?.data.boundaries ?? []}
                points={NO_POINTS}
                shapes={shapes}
                marker={marker}
                height={320}
                onPlace={place}
                testId="public-risk-map"
              />
            </div>
          </Col>
          <Col span={8}>
            <Form.Item
              name="coordinates"
              label={t('map.form.coordinates')}
              rules={[
                {
                  validator: async (_, value: string) => {
                    const pts = parseCoordinates(value ?? '');
                    if (!pts || pts.length === 0) throw new Error(t('map.form.coordinatesInvalid'));
                    if (kind === 'Polygon' && pts.length < 3) throw new Error(t('map.form.polygonTooFew'));
                  },
                },
              ]}
            >
              <Input.TextArea
                rows={9}
                style={{ fontFamily: 'monospace' }}
                data-testid="public-risk-coordinates"
              />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('map.form.assessment')}</Typography.Title>
        <Form.Item name="method" label={t('map.form.method')}>
          <Segmented<Method>
            options={(['lec', 'ls', 'mes', 'direct'] as const).map((m) => ({
              value: m,
              label: t(`map.publicRisks.methods.${m}`),
            }))}
            data-testid="public-risk-method"
          />
        </Form.Item>
        {method !== 'direct' && set ? (
          <Row gutter={16}>
            {set.factors.map((f) => (
              <Col span={24 / set.factors.length} key={`${method}-${f.key}`}>
                <Form.Item
                  name={['factors', f.key]}
                  label={`${f.symbol} ${f.nameZh}`}
                  rules={required(f.symbol)}
                  // The server names the field body.assessment.inputs.<factor>.
                  help={undefined}
                >
                  <Select
                    options={f.options.map((o) => ({
                      value: o.value,
                      label: `${o.value} — ${zh ? o.labelZh : o.labelEn}`,
                    }))}
                    data-testid={`public-risk-factor-${f.key}`}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        ) : null}
        {method === 'direct' ? (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item
                name="directReason"
                label={t('map.form.directReason')}
                rules={required(t('map.form.directReason'))}
              >
                <Select
                  options={directReason.options.map((r) => ({ value: r, label: directReasonLabelZh[r] }))}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="directLevel"
                label={t('map.form.directLevel')}
                rules={required(t('map.form.directLevel'))}
              >
                <Select options={riskLevel.options.map((l) => ({ value: l, label: t(`map.levels.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="directNote" label={t('map.form.directNote')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {preview && set ? (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            data-testid="public-risk-preview"
            title={
              <Space>
                {t('map.form.preview')}
                <Typography.Text code>
                  {t('map.form.previewScore', { symbol: set.scoreSymbol, score: preview.score })}
                </Typography.Text>
                <MapLevelTag level={preview.level} />
              </Space>
            }
            description={t('map.form.levelDerived')}
          />
        ) : null}
        <Form.Item name="measures" label={t('map.form.measures')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function levelCode(level: 'major' | 'significant' | 'general' | 'low'): number {
  return { low: 1, general: 2, significant: 3, major: 4 }[level];
}
