import type { InspectionItem, UpdateInspectionItemBody } from '@shuangkong/contracts';
import { checkCycleUnit, inspectionWorkType, workDayType } from '@shuangkong/contracts';
import { Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useStewardDefaults, useUpdateItem } from '../../api/inspection-api.ts';

type Values = Omit<UpdateInspectionItemBody, 'version' | 'workStartTime' | 'workEndTime'> & {
  workStartTime?: string;
  workEndTime?: string;
};

/** Sets an item's cycle, work window, day type and work type; the server checks the rules. */
export function ItemScheduleDialog(props: {
  enterpriseId: string;
  item: InspectionItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<Values>();
  const { submit, isPending } = useFormMutation(form, useUpdateItem(props.enterpriseId), {
    success: t('checklist.edit'),
    onSuccess: props.onClose,
  });
  const { item } = props;
  const stewardDefaults = useStewardDefaults(props.enterpriseId);
  // Choosing a steward role fills in the enterprise's cycle for that role (still editable).
  const onWorkType = (workType: string) => {
    const preset = stewardDefaults.data?.data.find((x) => x.role === workType);
    if (preset) form.setFieldsValue({ checkCycle: preset.checkCycle, checkCycleUnit: preset.checkCycleUnit });
  };
  return (
    <Modal
      open
      title={`${t('checklist.edit')} · ${item.unitName}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="inspection-item-form"
        initialValues={{
          checkCycle: item.checkCycle,
          checkCycleUnit: item.checkCycleUnit,
          workStartTime: item.workStartTime ?? '',
          workEndTime: item.workEndTime ?? '',
          dayType: item.dayType,
          workType: item.workType,
          photoRequired: item.photoRequired,
        }}
        onFinish={(values) =>
          submit({
            id: item.id,
            body: {
              checkCycle: values.checkCycle,
              checkCycleUnit: values.checkCycleUnit,
              workStartTime: values.workStartTime ? values.workStartTime : null,
              workEndTime: values.workEndTime ? values.workEndTime : null,
              dayType: values.dayType,
              ...(values.workType ? { workType: values.workType } : {}),
              photoRequired: values.photoRequired ?? false,
              version: item.version,
            },
          })
        }
      >
        <Space>
          <Form.Item name="checkCycle" label={t('form.checkCycle')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item name="checkCycleUnit" label={t('form.checkCycleUnit')} rules={[{ required: true }]}>
            <Select
              data-testid="inspection-cycle-unit"
              style={{ width: 120 }}
              options={checkCycleUnit.options.map((u) => ({ value: u, label: t(`units.${u}`) }))}
            />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item name="workStartTime" label={t('form.workStartTime')} extra={t('form.windowHint')}>
            <Input placeholder="08:00" style={{ width: 120 }} data-testid="inspection-window-start" />
          </Form.Item>
          <Form.Item name="workEndTime" label={t('form.workEndTime')}>
            <Input placeholder="18:00" style={{ width: 120 }} data-testid="inspection-window-end" />
          </Form.Item>
        </Space>
        <Form.Item name="dayType" label={t('checklist.dayType')} rules={[{ required: true }]}>
          <Select options={workDayType.options.map((d) => ({ value: d, label: t(`dayTypes.${d}`) }))} />
        </Form.Item>
        <Form.Item name="workType" label={t('checklist.workType')}>
          <Select
            data-testid="inspection-work-type"
            onChange={onWorkType}
            options={inspectionWorkType.options.map((w) => ({ value: w, label: t(`workTypes.${w}`) }))}
          />
        </Form.Item>
        <Form.Item name="photoRequired" valuePropName="checked" extra={t('form.photoRequiredHint')}>
          <Checkbox data-testid="inspection-photo-required">{t('form.photoRequired')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
