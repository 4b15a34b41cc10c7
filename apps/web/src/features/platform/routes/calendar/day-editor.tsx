import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, CalendarDayKind } from '../../api/calendar-api.ts';

type Values = { kind: CalendarDayKind | 'normal'; name: string };
type Props = {
  date: string;
  weekday: number;
  current: CalendarDay | undefined;
  onSave: (kind: CalendarDayKind | null, name: string) => void;
  onClose: () => void;
};

export function DayEditor({ date, weekday, current, onSave, onClose }: Props) {
  const { t } = useTranslation('platform');
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const weekdayName = t('calendar.weekdays').split(',')[weekday] ?? '';
  return (
    <Modal
      open
      title={t('calendar.dayTitle', { date, weekday: weekdayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: current?.kind ?? 'normal', name: current?.name ?? '' }}
        onFinish={(values) => {
          onSave(values.kind === 'normal' ? null : values.kind, values.name.trim());
          onClose();
        }}
      >
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Radio.Group
            style={{ display: 'grid', gap: 8 }}
            options={(['normal', 'holiday', 'workday'] as const).map((k) => ({
              value: k,
              label: t(`calendar.kinds.${k}`),
            }))}
            data-testid="day-kind"
          />
        </Form.Item>
        {kind && kind !== 'normal' ? (
          <Form.Item
            name="name"
            label={t('calendar.name')}
            rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
          >
            <Input placeholder={t('calendar.namePlaceholder')} maxLength={30} data-testid="day-name" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
