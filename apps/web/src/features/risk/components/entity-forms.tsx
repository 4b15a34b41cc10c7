import type {
  ControlMeasure,
  RiskEventDetail,
  RiskObject,
  RiskUnit,
  RiskUnitStep,
} from '@shuangkong/contracts';
import {
  measureClassify1,
  measureClassify1LabelZh,
  measureClassify2LabelZh,
  measureClassify2Under,
  NATIONAL_LIMITS,
} from '@shuangkong/contracts';
import { App, Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../shared/forms/apply-api-error.ts';
import {
  useCreateEvent,
  useCreateMeasure,
  useCreateObject,
  useCreateUnit,
  useUpdateEvent,
  useUpdateMeasure,
  useUpdateObject,
  useUpdateUnit,
  type TreeObject,
} from '../api/register-api.ts';
import {
  toEventInput,
  toMeasureInput,
  type EventFormValues,
  type MeasureFormValues,
} from './form-mapping.ts';
import {
  AccidentType1986Picker,
  AccidentType2025Picker,
  OrgUnitPicker,
  RiskFactorPicker,
  UserPicker,
} from './pickers.tsx';

const objectKinds = ['facility', 'area', 'device', 'activity'] as const;
const tiers = ['company', 'department', 'workshop', 'team', 'post'] as const;
const hierarchies = ['elimination', 'substitution', 'engineering', 'administrative', 'ppe'] as const;
const classify1 = measureClassify1.options;
// The national code lists come from the contracts, so the form offers exactly what the API accepts.
const classify2ByParent: Readonly<Record<string, readonly { code: string; zh: string }[]>> =
  Object.fromEntries(
    classify1.map((c1) => [
      c1,
      measureClassify2Under(c1).map((code) => ({ code, zh: measureClassify2LabelZh[code] })),
    ]),
  );
const classify1Zh: Readonly<Record<string, string>> = measureClassify1LabelZh;

function useSubmitHandlers(
  form: Parameters<typeof applyApiErrorToForm>[0],
  onDone: () => void,
  successText: string,
) {
  const { message } = App.useApp();
  const { t } = useTranslation('risk');
  return {
    onSuccess: () => {
      void message.success(successText);
      onDone();
    },
    onError: (error: unknown) => {
      const rest = applyApiErrorToForm(form, error, t);
      if (rest) void message.error(rest);
    },
  };
}

type ObjectValues = {
  code: string;
  name: string;
  kind: (typeof objectKinds)[number];
  description?: string;
  responsibleUnitId?: string | null;
  responsibleUserId?: string | null;
  isMajorSource?: boolean;
  majorSourceCode?: string | null;
  majorSourceGrade?: number | null;
  exposedPopulation?: number | null;
  lat?: number | null;
  lng?: number | null;
};

/** 新增 / 编辑 安全风险分析对象. */
export function ObjectFormModal({
  enterpriseId,
  object,
  onClose,
}: {
  enterpriseId: string;
  object: RiskObject | TreeObject | null;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation('risk');
  const [form] = Form.useForm<ObjectValues>();
  const create = useCreateObject(enterpriseId);
  const update = useUpdateObject(enterpriseId);
  const isMajor = Form.useWatch('isMajorSource', form);
  const handlers = useSubmitHandlers(form, () => onClose(), object ? t('common.saved') : t('object.created'));
  const onFinish = (v: ObjectValues) => {
    const input = {
      code: v.code.trim(),
      name: v.name.trim(),
      kind: v.kind,
      description: v.description?.trim() ?? '',
      responsibleUnitId: v.responsibleUnitId ?? null,
      responsibleUserId: v.responsibleUserId ?? null,
      isMajorSource: Boolean(v.isMajorSource),
      majorSourceCode: v.isMajorSource ? v.majorSourceCode?.trim() || null : null,
      majorSourceGrade: v.isMajorSource ? (v.majorSourceGrade ?? null) : null,
      exposedPopulation: v.exposedPopulation ?? null,
      location: typeof v.lat === 'number' && typeof v.lng === 'number' ? { lat: v.lat, lng: v.lng } : null,
    };
    if (object) update.mutate({ id: object.id, ...input }, handlers);
    else
      create.mutate(input, {
        ...handlers,
        onSuccess: (res) => {
          handlers.onSuccess();
          onClose(res.data.id);
        },
      });
  };
  return (
    <Modal
      open
      title={object ? t('object.editTitle') : t('object.createTitle')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'risk-object-save' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<ObjectValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          object
            ? {
                code: object.code,
                name: object.name,
                kind: object.kind,
                description: object.description,
                responsibleUnitId: object.responsibleUnitId,
                responsibleUserId: object.responsibleUserId,
                isMajorSource: object.isMajorSource,
                majorSourceCode: object.majorSourceCode,
                majorSourceGrade: object.majorSourceGrade,
                exposedPopulation: object.exposedPopulation,
                lat: object.location?.lat ?? null,
                lng: object.location?.lng ?? null,
              }
            : { kind: 'area', isMajorSource: false }
        }
      >
        <Form.Item
          name="code"
          label={t('object.code')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input autoFocus data-testid="risk-object-code" placeholder="如：A01" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('object.name')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input data-testid="risk-object-name" placeholder="如：储罐区" />
        </Form.Item>
        <Form.Item name="kind" label={t('object.kind')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="risk-object-kind"
            optionType="button"
            options={objectKinds.map((k) => ({ value: k, label: t(`objectKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('object.responsibleUnit')}>
          <OrgUnitPicker
            enterpriseId={enterpriseId}
            kinds={['department', 'workshop', 'team']}
            testId="risk-object-unit"
          />
        </Form.Item>
        <Form.Item
          name="responsibleUserId"
          label={t('object.responsibleUser')}
          extra={t('object.personLimit', { max: NATIONAL_LIMITS.personName })}
        >
          <UserPicker enterpriseId={enterpriseId} testId="risk-object-owner" />
        </Form.Item>
        <Form.Item name="description" label={t('object.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="isMajorSource" valuePropName="checked">
          <Checkbox data-testid="risk-object-major">{t('object.isMajorSource')}</Checkbox>
        </Form.Item>
        {isMajor ? (
          <>
            <Form.Item
              name="majorSourceCode"
              label={t('object.majorSourceCode')}
              extra={t('object.majorSourceCodeHint')}
              rules={[{ max: 50 }]}
            >
              <Input data-testid="risk-object-major-code" />
            </Form.Item>
            <Flex gap={16}>
              <Form.Item name="lat" label={t('object.lat')} style={{ width: 200 }}>
                <InputNumber
                  min={-90}
                  max={90}
                  step={0.0001}
                  style={{ width: '100%' }}
                  data-testid="risk-object-lat"
                />
              </Form.Item>
              <Form.Item name="lng" label={t('object.lng')} style={{ width: 200 }}>
                <InputNumber
                  min={-180}
                  max={180}
                  step={0.0001}
                  style={{ width: '100%' }}
                  data-testid="risk-object-lng"
                />
              </Form.Item>
            </Flex>
            <Form.Item name="majorSourceGrade" label={t('object.majorSourceGrade')}>
              <Select
                allowClear
                options={[1, 2, 3, 4].map((g) => ({ value: g, label: t(`object.grades.${g}`) }))}
              />
            </Form.Item>
            <Form.Item name="exposedPopulation" label={t('object.exposedPopulation')}>
              <InputNumber min={0} precision={0} style={{ width: 200 }} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

type UnitValues = {
  objectId: string;
  code: string;
  name: string;
  description?: string;
  responsibleUnitId?: string | null;
  responsibleUserId?: string | null;
  controlTier?: string | null;
};

/** 新增 / 编辑 分析单元. */
export function UnitFormModal({
  enterpriseId,
  objects,
  objectId,
  unit,
  onClose,
}: {
  enterpriseId: string;
  objects: { id: string; code: string; name: string }[];
  objectId: string | null;
  unit: RiskUnit | null;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation('risk');
  const [form] = Form.useForm<UnitValues>();
  const create = useCreateUnit(enterpriseId);
  const update = useUpdateUnit(enterpriseId);
  const handlers = useSubmitHandlers(form, () => onClose(), unit ? t('common.saved') : t('unit.created'));
  const onFinish = (v: UnitValues) => {
    const input = {
      objectId: v.objectId,
      code: v.code.trim(),
      name: v.name.trim(),
      description: v.description?.trim() ?? '',
      responsibleUnitId: v.responsibleUnitId ?? null,
      responsibleUserId: v.responsibleUserId ?? null,
      controlTier: (v.controlTier || null) as (typeof tiers)[number] | null,
    };
    if (unit) update.mutate({ id: unit.id, ...input }, handlers);
    else
      create.mutate(input, {
        ...handlers,
        onSuccess: (res) => {
          handlers.onSuccess();
          onClose(res.data.id);
        },
      });
  };
  return (
    <Modal
      open
      title={unit ? t('unit.editTitle') : t('unit.createTitle')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'risk-unit-save' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<UnitValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          unit
            ? {
                objectId: unit.objectId,
                code: unit.code,
                name: unit.name,
                description: unit.description,
                responsibleUnitId: unit.responsibleUnitId,
                responsibleUserId: unit.responsibleUserId,
                controlTier: unit.controlTier ?? '',
              }
            : { objectId: objectId ?? undefined, controlTier: '' }
        }
      >
        <Form.Item name="objectId" label={t('unit.object')} rules={[{ required: true }]}>
          <Select
            data-testid="risk-unit-object"
            options={objects.map((o) => ({ value: o.id, label: `${o.code} ${o.name}` }))}
          />
        </Form.Item>
        <Form.Item name="code" label={t('unit.code')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input autoFocus data-testid="risk-unit-code" placeholder="如：A01-01" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('unit.name')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input data-testid="risk-unit-name" placeholder="如：1#储罐" />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('unit.responsibleUnit')}>
          <OrgUnitPicker
            enterpriseId={enterpriseId}
            kinds={['department', 'workshop', 'team']}
            testId="risk-unit-dept"
          />
        </Form.Item>
        <Form.Item name="responsibleUserId" label={t('unit.responsibleUser')}>
          <UserPicker enterpriseId={enterpriseId} testId="risk-unit-owner" />
        </Form.Item>
        <Form.Item name="controlTier" label={t('unit.controlTier')}>
          <Select
            data-testid="risk-unit-tier"
            options={[
              { value: '', label: t('unit.followRules') },
              ...tiers.map((k) => ({ value: k, label: t(`tiers.${k}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t('unit.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 新增 / 编辑 风险事件 with its identification (factors, accident types, state, tense, consequences). */
export function EventFormModal({
  enterpriseId,
  unitId,
  event,
  steps,
  onClose,
}: {
  enterpriseId: string;
  unitId: string;
  event: RiskEventDetail | null;
  steps: RiskUnitStep[];
  onClose: () => void;
}) {
  const { t } = useTranslation('risk');
  const [form] = Form.useForm<EventFormValues>();
  const create = useCreateEvent(enterpriseId);
  const update = useUpdateEvent(enterpriseId);
  const handlers = useSubmitHandlers(form, onClose, event ? t('common.saved') : t('event.created'));
  const onFinish = (v: EventFormValues) => {
    const input = toEventInput(v);
    if (event) update.mutate({ id: event.id, ...input }, handlers);
    else create.mutate({ unitId, input }, handlers);
  };
  return (
    <Modal
      open
      title={event ? t('event.editTitle') : t('event.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'risk-event-save' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={760}
    >
      <Form<EventFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          event
            ? {
                name: event.name,
                description: event.description,
                factorCodes: event.factors.map((f) => f.code),
                accidentTypes1986: event.accidentTypes1986,
                accidentTypes2025: event.accidentTypes2025,
                state: event.state,
                tense: event.tense,
                consequences: event.consequences,
                stepId: event.stepId,
              }
            : { state: 'normal', tense: 'present' }
        }
      >
        <Form.Item
          name="name"
          label={t('event.name')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input autoFocus data-testid="risk-event-name" placeholder={t('event.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="factorCodes" label={t('event.factors')}>
          <RiskFactorPicker testId="risk-event-factors" />
        </Form.Item>
        <Form.Item
          name="accidentTypes1986"
          label={t('event.accidentTypes1986')}
          extra={t('event.accidentTypesHint')}
        >
          <AccidentType1986Picker testId="risk-event-accident-1986" />
        </Form.Item>
        <Form.Item name="accidentTypes2025" label={t('event.accidentTypes2025')}>
          <AccidentType2025Picker testId="risk-event-accident-2025" />
        </Form.Item>
        <Form.Item name="state" label={t('event.state')}>
          <Radio.Group
            optionType="button"
            data-testid="risk-event-state"
            options={(['normal', 'abnormal', 'emergency'] as const).map((s) => ({
              value: s,
              label: t(`states.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="tense" label={t('event.tense')}>
          <Radio.Group
            optionType="button"
            data-testid="risk-event-tense"
            options={(['past', 'present', 'future'] as const).map((s) => ({
              value: s,
              label: t(`tenses.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="consequences" label={t('event.consequences')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="risk-event-consequences" />
        </Form.Item>
        {steps.length > 0 ? (
          <Form.Item name="stepId" label={t('event.step')}>
            <Select allowClear options={steps.map((s) => ({ value: s.id, label: `${s.seq}. ${s.name}` }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="description" label={t('event.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 新增 / 编辑 管控措施 (by hierarchy of controls) or 应急措施. */
export function MeasureFormModal({
  enterpriseId,
  eventId,
  kind,
  measure,
  onClose,
}: {
  enterpriseId: string;
  eventId: string;
  kind: 'control' | 'emergency';
  measure: ControlMeasure | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('risk');
  const [form] = Form.useForm<MeasureFormValues>();
  const create = useCreateMeasure(enterpriseId);
  const update = useUpdateMeasure(enterpriseId);
  const c1 = Form.useWatch('classify1', form);
  const handlers = useSubmitHandlers(form, onClose, t('common.saved'));
  const onFinish = (v: MeasureFormValues) => {
    const input = toMeasureInput({ ...v, kind });
    if (measure) update.mutate({ id: measure.id, ...input }, handlers);
    else create.mutate({ eventId, input }, handlers);
  };
  const title = measure
    ? t('measure.editTitle')
    : kind === 'control'
      ? t('measure.createTitle')
      : t('measure.createEmergencyTitle');
  const en = i18n.language === 'en-US';
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'risk-measure-save' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={680}
    >
      <Form<MeasureFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<MeasureFormValues>) => {
          if ('classify1' in changed) form.setFieldValue('classify2', null);
        }}
        initialValues={
          measure
            ? {
                kind,
                hierarchy: measure.hierarchy,
                classify1: measure.classify1,
                classify2: measure.classify2,
                classify3: measure.classify3 ?? '',
                content: measure.content,
                troubleshootContent: measure.troubleshootContent,
                failureSign: measure.failureSign,
                dataSrc: measure.dataSrc,
                responsibleUnitId: measure.responsibleUnitId,
                responsibleUserId: measure.responsibleUserId,
              }
            : {
                kind,
                hierarchy: kind === 'control' ? 'engineering' : null,
                classify1: kind === 'emergency' ? '4' : null,
                dataSrc: 'investigation',
              }
        }
      >
        {kind === 'control' ? (
          <Form.Item
            name="hierarchy"
            label={t('measure.hierarchy')}
            extra={t('measure.hierarchyHint')}
            rules={[{ required: true }]}
          >
            <Radio.Group
              optionType="button"
              data-testid="risk-measure-hierarchy"
              options={hierarchies.map((h) => ({ value: h, label: t(`hierarchy.${h}`) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="content"
          label={t('measure.content')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} autoFocus data-testid="risk-measure-content" />
        </Form.Item>
        <Form.Item name="classify1" label={t('measure.classify1')}>
          <Select
            allowClear
            data-testid="risk-measure-classify1"
            options={classify1.map((c) => ({
              value: c,
              label: `${c} ${en ? '' : (classify1Zh[c] ?? '')}`.trim(),
            }))}
          />
        </Form.Item>
        <Form.Item name="classify2" label={t('measure.classify2')}>
          <Select
            allowClear
            disabled={!c1}
            data-testid="risk-measure-classify2"
            options={(c1 ? (classify2ByParent[c1] ?? []) : []).map((c) => ({
              value: c.code,
              label: `${c.code} ${c.zh}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="classify3"
          label={t('measure.classify3')}
          rules={[
            {
              max: NATIONAL_LIMITS.classify3,
              message: t('measure.nationalLimit', { max: NATIONAL_LIMITS.classify3 }),
            },
          ]}
        >
          <Input showCount maxLength={NATIONAL_LIMITS.classify3} />
        </Form.Item>
        {kind === 'control' ? (
          <>
            <Form.Item
              name="troubleshootContent"
              label={t('measure.troubleshootContent')}
              rules={[
                {
                  max: NATIONAL_LIMITS.troubleshootContent,
                  message: t('measure.nationalLimit', { max: NATIONAL_LIMITS.troubleshootContent }),
                },
              ]}
            >
              <Input.TextArea
                rows={2}
                showCount
                maxLength={NATIONAL_LIMITS.troubleshootContent}
                data-testid="risk-measure-check"
              />
            </Form.Item>
            <Form.Item name="failureSign" label={t('measure.failureSign')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="dataSrc" label={t('measure.dataSrc')}>
              <Radio.Group
                data-testid="risk-measure-data-src"
                options={(['investigation', 'monitoring'] as const).map((s) => ({
                  value: s,
                  label: t(`dataSrc.${s}`),
                }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="responsibleUnitId" label={t('measure.responsibleUnit')}>
          <OrgUnitPicker
            enterpriseId={enterpriseId}
            kinds={['department', 'workshop', 'team', 'post']}
            testId="risk-measure-dept"
          />
        </Form.Item>
        <Form.Item name="responsibleUserId" label={t('measure.responsibleUser')}>
          <UserPicker enterpriseId={enterpriseId} testId="risk-measure-owner" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
