import type { ListingAuthority } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { dayjs } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useCreateListing, type CreateListingInput } from '../api/listing-api.ts';
import '../../i18n.ts';

type Values = {
  authority: ListingAuthority;
  authorityName: string;
  documentNo: string;
  requirements: string;
  deadlineKind: 'workingDays' | 'date';
  days?: number;
  date?: Dayjs;
  published: boolean;
};

/**
 * 挂牌督办 of one major hazard, opened from the regulators' major hazards list: the listing
 * authority, document number, requirements, a deadline in working days or a date, publication.
 */
export function ListingCreatePage() {
  const { t } = useTranslation('supervision');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const enterpriseId = params.get('enterpriseId') ?? '';
  const hazardId = params.get('hazardId') ?? '';
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('deadlineKind', form);
  const { submit, isPending } = useFormMutation(form, useCreateListing(), {
    success: t('listing.create.success'),
    onSuccess: (res) => void navigate(`/supervision/listings/${res.data.id}`),
  });
  if (!enterpriseId || !hazardId)
    return (
      <PageContainer title={t('listing.create.title')}>
        <Alert type="info" title={t('listing.create.missing')} />
      </PageContainer>
    );
  const toBody = (v: Values): CreateListingInput => ({
    enterpriseId,
    hazardId,
    authority: v.authority,
    authorityName: v.authorityName,
    documentNo: v.documentNo,
    requirements: v.requirements,
    deadline:
      v.deadlineKind === 'date'
        ? { kind: 'date', date: v.date ? v.date.format('YYYY-MM-DD') : '' }
        : { kind: 'workingDays', days: v.days ?? 0 },
    published: v.published,
  });
  const required = { required: true, whitespace: true };
  return (
    <PageContainer title={t('listing.create.title')}>
      <Card size="small" style={{ maxWidth: 760 }}>
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('listing.fields.enterprise')}>
            {params.get('enterpriseName') ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.create.hazard')}>
            {params.get('hazardName') ?? ''}
          </Descriptions.Item>
        </Descriptions>
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="listing-create-form"
          initialValues={{ authority: 'department', deadlineKind: 'workingDays', days: 20, published: true }}
          onFinish={(v) => submit(toBody(v))}
        >
          <Form.Item name="authority" label={t('listing.create.authority')} rules={[{ required: true }]}>
            <Radio.Group>
              <Radio value="county">{t('listing.authorities.county')}</Radio>
              <Radio value="department">{t('listing.authorities.department')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="authorityName"
            label={t('listing.create.authorityName')}
            rules={[{ ...required, max: 100 }]}
          >
            <Input
              placeholder={t('listing.create.authorityNamePlaceholder')}
              data-testid="listing-authority-name"
            />
          </Form.Item>
          <Form.Item
            name="documentNo"
            label={t('listing.create.documentNo')}
            rules={[{ ...required, max: 60 }]}
          >
            <Input
              placeholder={t('listing.create.documentNoPlaceholder')}
              data-testid="listing-document-no-input"
            />
          </Form.Item>
          <Form.Item
            name="requirements"
            label={t('listing.create.requirements')}
            rules={[{ ...required, max: 2000 }]}
          >
            <Input.TextArea rows={4} data-testid="listing-requirements" />
          </Form.Item>
          <Form.Item label={t('listing.create.deadlineKind')} required>
            <Space wrap>
              <Form.Item name="deadlineKind" noStyle>
                <Radio.Group>
                  <Radio value="workingDays">{t('listing.create.workingDays')}</Radio>
                  <Radio value="date">{t('listing.create.date')}</Radio>
                </Radio.Group>
              </Form.Item>
              {kind === 'date' ? (
                <Form.Item name="date" noStyle rules={[{ required: true }]}>
                  <DatePicker disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
                </Form.Item>
              ) : (
                <Space>
                  <Form.Item name="days" noStyle rules={[{ required: true }]}>
                    <InputNumber min={1} max={250} precision={0} data-testid="listing-days" />
                  </Form.Item>
                  {t('listing.create.days')}
                </Space>
              )}
            </Space>
          </Form.Item>
          <Form.Item name="published" label={t('listing.create.published')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isPending} data-testid="listing-create-submit">
            {t('listing.create.submit')}
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}
