import {
  hazardGrade,
  hazardTypeNames,
  majorHazardCriteria,
  managementClassificationNames,
  occurrenceLinkNames,
  rectificationType,
  type HazardDetail,
} from '@shuangkong/contracts';
import {
  Alert,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useHazardSearch, useHazardStep, type HazardStep } from '../../api/hazard-api.ts';
import {
  codesOf,
  criterionGroups,
  signedSteps,
  type HazardExtension,
} from '../../components/hazard-model.ts';
import { PeopleSelect } from '../../components/people-select.tsx';
import { PhotoUpload } from '../../components/photo-upload.tsx';
import { stepBodies, type StepValues } from './step-values.ts';

type Props = {
  enterpriseId: string;
  hazard: HazardDetail;
  step: HazardStep;
  /** The row an extension decision is about. */
  extension?: HazardExtension | undefined;
  onClose: () => void;
};

const dangerSteps: ReadonlySet<HazardStep> = new Set(['reject', 'sendBack', 'void', 'refuseExtension']);
const wide: ReadonlySet<HazardStep> = new Set(['confirm', 'submitPlan', 'submitRectification']);

/** One step's dialog: its body's fields, the signer's password for signed steps, then a reload. */
export function StepDialog({ enterpriseId, hazard, step, extension, onClose }: Props) {
  const { t } = useTranslation('hazard');
  const [form] = Form.useForm<StepValues>();
  const action = t(`actions.${step}`);
  const { submit, isPending } = useFormMutation(
    form,
    useHazardStep(enterpriseId, hazard.id, step, extension?.id),
    {
      success: t('actionDone', { action }),
      onSuccess: onClose,
    },
  );
  return (
    <Modal
      open
      width={wide.has(step) ? 760 : 520}
      title={`${action}：${hazard.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action}
      okButtonProps={{ danger: dangerSteps.has(step), 'data-testid': 'hazard-step-submit' }}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Form<StepValues>
        form={form}
        layout="vertical"
        data-testid={`hazard-step-${step}`}
        initialValues={initialValues(step, hazard)}
        onFinish={(values) => submit(stepBodies[step](values))}
      >
        <StepFields
          step={step}
          hazard={hazard}
          enterpriseId={enterpriseId}
          extension={extension}
          form={form}
        />
        {signedSteps.has(step) ? <PasswordField /> : null}
      </Form>
    </Modal>
  );
}

function initialValues(step: HazardStep, h: HazardDetail): StepValues {
  switch (step) {
    case 'confirm':
      return {
        name: h.name,
        grade: h.grade ?? 'general',
        hazardType: h.hazardType ?? undefined,
        managementClassification: h.managementClassification ?? undefined,
        occurrenceLink: h.occurrenceLink ?? undefined,
        rectificationType: h.rectificationType ?? 'deadline',
        majorCriterionKey: h.majorCriterionKey,
      };
    case 'assign':
      return {
        ownerUserId: h.ownerUserId ?? undefined,
        deadline: h.deadline ? dayjs(h.deadline) : null,
        measures: h.measures ?? undefined,
        cost: h.cost,
      };
    case 'submitPlan':
      return h.plan
        ? {
            ownerUserId: h.plan.ownerUserId,
            goal: h.plan.goal,
            measures: h.plan.measures,
            funds: h.plan.funds,
            materials: h.plan.materials ?? undefined,
            organisation: h.plan.organisation,
            deadline: dayjs(h.plan.deadline),
            contingency: h.plan.contingency,
            protectiveMeasures: h.plan.protectiveMeasures,
          }
        : {};
    case 'submitRectification':
      return { withEvaluation: h.grade === 'major', evaluation: { thirdParty: false } };
    default:
      return {};
  }
}

const beforeToday = (d: Dayjs) => d.isBefore(dayjs().startOf('day'));
const required = { required: true, whitespace: true } as const;

function StepFields({
  step,
  hazard,
  enterpriseId,
  extension,
  form,
}: {
  step: HazardStep;
  hazard: HazardDetail;
  enterpriseId: string;
  extension: HazardExtension | undefined;
  form: FormInstance<StepValues>;
}) {
  const { t } = useTranslation('hazard');
  const reason = (
    <Form.Item name="reason" label={t('dialogs.reason')} rules={[{ ...required, max: 500 }]}>
      <Input.TextArea rows={3} data-testid="hazard-step-reason" />
    </Form.Item>
  );
  const comment = (max: number) => (
    <Form.Item name="comment" label={t('dialogs.comment')} rules={[{ max }]}>
      <Input.TextArea rows={3} data-testid="hazard-step-comment" />
    </Form.Item>
  );
  switch (step) {
    case 'confirm':
      return <ConfirmFields form={form} />;
    case 'reject':
    case 'sendBack':
      return reason;
    case 'void':
      return (
        <>
          <Typography.Paragraph type="secondary">{t('dialogs.voidHint')}</Typography.Paragraph>
          {reason}
        </>
      );
    case 'merge':
      return (
        <>
          <Typography.Paragraph type="secondary">{t('dialogs.mergeHint')}</Typography.Paragraph>
          <Form.Item name="intoHazardId" label={t('dialogs.mergeInto')} rules={[{ required: true }]}>
            <MergeTargetSelect enterpriseId={enterpriseId} selfId={hazard.id} />
          </Form.Item>
          <Form.Item name="reason" label={t('dialogs.reasonOptional')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
    case 'assign':
      return (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="ownerUserId" label={t('dialogs.owner')} rules={[{ required: true }]}>
                <PeopleSelect
                  enterpriseId={enterpriseId}
                  known={hazard.ownerUserId ? { id: hazard.ownerUserId, name: hazard.ownerName } : null}
                  testId="hazard-step-owner"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="deadline" label={t('dialogs.deadline')} rules={[{ required: true }]}>
                <DatePicker
                  disabledDate={beforeToday}
                  style={{ width: '100%' }}
                  data-testid="hazard-step-deadline"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="measures" label={t('fields.measures')} rules={[{ ...required, max: 1000 }]}>
            <Input.TextArea rows={3} data-testid="hazard-step-measures" />
          </Form.Item>
          <Form.Item name="cost" label={t('fields.cost')}>
            <InputNumber min={0} precision={2} style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'submitPlan':
      return <PlanFields enterpriseId={enterpriseId} hazard={hazard} />;
    case 'approvePlan':
    case 'accept':
      return comment(step === 'accept' ? 1000 : 500);
    case 'fixOnTheSpot':
    case 'submitRectification':
      return (
        <>
          <Form.Item
            name="afterPhotoIds"
            label={t('fields.afterPhotos')}
            extra={t('photos.max')}
            rules={[{ required: true, type: 'array', min: 1, message: t('photos.required') }]}
          >
            <PhotoUpload testId="hazard-step-photos" />
          </Form.Item>
          <Form.Item name="note" label={t('dialogs.note')} rules={[{ ...required, max: 2000 }]}>
            <Input.TextArea rows={3} data-testid="hazard-step-note" />
          </Form.Item>
          {step === 'submitRectification' ? (
            <>
              <Form.Item name="actualCost" label={t('dialogs.actualCost')}>
                <InputNumber min={0} precision={2} style={{ width: 200 }} />
              </Form.Item>
              {hazard.grade === 'major' ? <EvaluationFields /> : null}
            </>
          ) : null}
        </>
      );
    case 'requestExtension':
      return (
        <>
          {hazard.deadline ? (
            <Typography.Paragraph type="secondary">
              {t('dialogs.currentDeadline', { date: hazard.deadline })}
            </Typography.Paragraph>
          ) : null}
          <Form.Item name="newDeadline" label={t('dialogs.newDeadline')} rules={[{ required: true }]}>
            <DatePicker
              disabledDate={(d) =>
                hazard.deadline ? !d.isAfter(dayjs(hazard.deadline), 'day') : beforeToday(d)
              }
              data-testid="hazard-step-new-deadline"
            />
          </Form.Item>
          {reason}
        </>
      );
    case 'approveExtension':
    case 'refuseExtension':
      return (
        <>
          {extension ? (
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('extensions.reason')}>{extension.reason}</Descriptions.Item>
              <Descriptions.Item label={t('extensions.oldDeadline')}>
                {extension.oldDeadline}
              </Descriptions.Item>
              <Descriptions.Item label={t('extensions.newDeadline')}>
                {extension.newDeadline}
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          {comment(500)}
        </>
      );
    case 'handOver':
      return (
        <>
          <Typography.Paragraph type="secondary">{t('dialogs.handOverHint')}</Typography.Paragraph>
          <Form.Item name="note" label={t('dialogs.handOverNote')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      );
  }
}

/** 评估定级: grade, the four national codes, how it is to be rectified, and the criterion for a major one. */
function ConfirmFields({ form }: { form: FormInstance<StepValues> }) {
  const { t } = useTranslation('hazard');
  const grade = Form.useWatch('grade', form);
  const groups = useMemo(() => criterionGroups(majorHazardCriteria), []);
  const codeSelect = (names: Readonly<Record<number, string>>, code: string, testId: string) => (
    <Select
      options={codesOf(names).map((c) => ({ value: c, label: t(`codes.${code}.${c}`) }))}
      data-testid={testId}
    />
  );
  return (
    <>
      <Form.Item name="name" label={t('dialogs.nameOptional')} rules={[{ ...required, max: 300 }]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="grade" label={t('fields.grade')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={hazardGrade.options.map((g) => ({ value: g, label: t(`grades.${g}`) }))}
              onChange={(e) => {
                if (e.target.value === 'major') form.setFieldValue('rectificationType', 'deadline');
                else form.setFieldValue('majorCriterionKey', null);
              }}
              data-testid="hazard-step-grade"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="rectificationType"
            label={t('fields.rectificationType')}
            rules={[{ required: true }]}
            extra={grade === 'major' ? t('dialogs.majorNotImmediate') : undefined}
          >
            <Radio.Group
              optionType="button"
              options={rectificationType.options.map((r) => ({
                value: r,
                label: t(`rectificationTypes.${r}`),
                disabled: grade === 'major' && r === 'immediate',
              }))}
              data-testid="hazard-step-rectification-type"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="majorCriterionKey"
        label={t('fields.majorCriterion')}
        extra={t('dialogs.criterionHint')}
      >
        <Select
          allowClear
          options={groups}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 720 } } }}
          onChange={(key: string | undefined) => {
            if (key) {
              form.setFieldValue('grade', 'major');
              form.setFieldValue('rectificationType', 'deadline');
            }
          }}
          data-testid="hazard-step-criterion"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="hazardType" label={t('fields.hazardType')} rules={[{ required: true }]}>
            {codeSelect(hazardTypeNames, 'hazardType', 'hazard-step-type')}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="managementClassification"
            label={t('fields.managementClassification')}
            rules={[{ required: true }]}
          >
            {codeSelect(
              managementClassificationNames,
              'managementClassification',
              'hazard-step-classification',
            )}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="occurrenceLink" label={t('fields.occurrenceLink')} rules={[{ required: true }]}>
            {codeSelect(occurrenceLinkNames, 'occurrenceLink', 'hazard-step-link')}
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** 重大事故隐患治理方案: 五落实 (责任、措施、资金、时限、预案) and the plan's other parts. */
function PlanFields({ enterpriseId, hazard }: { enterpriseId: string; hazard: HazardDetail }) {
  const { t } = useTranslation('hazard');
  const area = (name: keyof StepValues, label: string, max: number, rows = 2) => (
    <Form.Item name={name} label={label} rules={[{ ...required, max }]}>
      <Input.TextArea rows={rows} data-testid={`hazard-plan-${name}`} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="ownerUserId" label={t('plan.owner')} rules={[{ required: true }]}>
            <PeopleSelect
              enterpriseId={enterpriseId}
              known={hazard.plan ? { id: hazard.plan.ownerUserId, name: hazard.plan.ownerName } : null}
              testId="hazard-plan-owner"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="deadline" label={t('plan.deadline')} rules={[{ required: true }]}>
            <DatePicker
              disabledDate={beforeToday}
              style={{ width: '100%' }}
              data-testid="hazard-plan-deadline"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="funds" label={t('plan.funds')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="hazard-plan-funds" />
          </Form.Item>
        </Col>
      </Row>
      {area('measures', t('plan.measures'), 1000, 3)}
      {area('contingency', t('plan.contingency'), 2000)}
      {area('goal', t('plan.goal'), 2000)}
      {area('organisation', t('plan.organisation'), 2000)}
      {area('protectiveMeasures', t('plan.protectiveMeasures'), 2000)}
      <Form.Item name="materials" label={t('plan.materials')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** The evaluation after a major hazard's treatment, by the enterprise's experts or a third party. */
function EvaluationFields() {
  const { t } = useTranslation('hazard');
  const form = Form.useFormInstance<StepValues>();
  const on = Form.useWatch('withEvaluation', form);
  return (
    <>
      <Form.Item name="withEvaluation" valuePropName="checked">
        <Checkbox data-testid="hazard-step-with-evaluation">{t('dialogs.withEvaluation')}</Checkbox>
      </Form.Item>
      {on ? (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['evaluation', 'by']}
                label={t('dialogs.evaluationBy')}
                rules={[{ ...required, max: 200 }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={['evaluation', 'date']}
                label={t('dialogs.evaluationDate')}
                rules={[{ required: true }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="hazard-step-evaluation-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['evaluation', 'thirdParty']} label=" " valuePropName="checked">
                <Checkbox>{t('dialogs.evaluationThirdParty')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name={['evaluation', 'conclusion']}
            label={t('dialogs.evaluationConclusion')}
            rules={[{ ...required, max: 2000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}

/** The re-entered password that signs the step. */
function PasswordField() {
  const { t } = useTranslation('hazard');
  return (
    <>
      <Alert type="info" showIcon title={t('dialogs.signHint')} style={{ marginBottom: 12 }} />
      <Form.Item name="password" label={t('dialogs.password')} rules={[{ required: true, max: 200 }]}>
        <Input.Password autoComplete="current-password" data-testid="hazard-step-password" />
      </Form.Item>
    </>
  );
}

const mergeable = new Set(['reported', 'confirmed', 'rectifying', 'accepting', 'closed']);

/** Another hazard of the enterprise to fold this one into, searched by keyword. */
function MergeTargetSelect({
  enterpriseId,
  selfId,
  value,
  onChange,
}: {
  enterpriseId: string;
  selfId: string;
  value?: string;
  onChange?: (id: string) => void;
}) {
  const { t } = useTranslation('hazard');
  const [q, setQ] = useState('');
  const search = useHazardSearch(enterpriseId, q.trim());
  const options = (search.data?.data ?? [])
    .filter((h) => h.id !== selfId && mergeable.has(h.state))
    .map((h) => ({
      value: h.id,
      label: `${h.name}（${t(`states.${h.state}`)}${h.unitName ? ` · ${h.unitName}` : ''}）`,
    }));
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      loading={search.isFetching}
      placeholder={t('dialogs.mergeSearch')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      data-testid="hazard-step-merge-into"
    />
  );
}
