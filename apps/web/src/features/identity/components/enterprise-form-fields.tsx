import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../shared/format/date.ts';
import { CREDIT_CODE_PATTERN, PHONE_PATTERN } from './enterprise-form-values.ts';
import { IndustrySelect } from './industry-select.tsx';
import { JurisdictionPicker } from './jurisdiction-picker.tsx';

const scales = ['large', 'medium', 'small', 'micro'] as const;

type Props = {
  /** Credit code is the enterprise's identity and cannot change after registration. */
  isCreditCodeLocked?: boolean;
  jurisdictionMode?: 'cascader' | 'tree';
};

/** The enterprise fields shared by self-registration, regulator registration and profile editing. */
export function EnterpriseFormFields({ isCreditCodeLocked, jurisdictionMode = 'tree' }: Props) {
  const { t } = useTranslation('enterprise');
  const req = (field: string) => ({ required: true, message: t('common:required', { field }) });
  const reqSelect = (field: string) => ({ required: true, message: t('common:requiredSelect', { field }) });
  const phoneRules = (field: string) => [
    req(field),
    { pattern: PHONE_PATTERN, message: t('hints.phoneFormat') },
  ];

  return (
    <>
      <Divider titlePlacement="start">{t('sections.basic')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t('fields.name')}
            rules={[req(t('fields.name')), { min: 2, max: 100 }]}
          >
            <Input maxLength={100} data-testid="enterprise-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={t('fields.creditCode')}
            extra={isCreditCodeLocked ? undefined : t('hints.creditCode')}
            normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
            rules={[
              req(t('fields.creditCode')),
              { pattern: CREDIT_CODE_PATTERN, message: t('hints.creditCodeFormat') },
            ]}
          >
            <Input maxLength={18} disabled={isCreditCodeLocked} data-testid="enterprise-credit-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="jurisdictionCode"
            label={t('fields.jurisdiction')}
            rules={[reqSelect(t('fields.jurisdiction'))]}
          >
            <JurisdictionPicker mode={jurisdictionMode} testId="enterprise-jurisdiction" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="address"
            label={t('fields.address')}
            rules={[req(t('fields.address')), { min: 2, max: 200 }]}
          >
            <Input maxLength={200} data-testid="enterprise-address" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="industryCodes"
            label={t('fields.industries')}
            rules={[reqSelect(t('fields.industries'))]}
          >
            <IndustrySelect multiple testId="enterprise-industries" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="scale" label={t('fields.scale')} rules={[reqSelect(t('fields.scale'))]}>
            <Select
              options={scales.map((scale) => ({ value: scale, label: t(`scale.${scale}`) }))}
              data-testid="enterprise-scale"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="isHighRisk"
            label={t('fields.isHighRisk')}
            valuePropName="checked"
            initialValue={false}
          >
            <Switch data-testid="enterprise-high-risk" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="employeeCount" label={t('fields.employeeCount')}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="safeSinceDate"
            label={t('fields.safeSinceDate')}
            tooltip={t('hints.safeSinceDate')}
            getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['location', 'lat']} label={t('fields.lat')}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['location', 'lng']} label={t('fields.lng')}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('sections.people')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            name={['principal', 'name']}
            label={t('fields.principalName')}
            rules={[req(t('fields.principalName'))]}
          >
            <Input maxLength={50} data-testid="principal-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={['principal', 'phone']}
            label={t('fields.principalPhone')}
            rules={phoneRules(t('fields.principalPhone'))}
          >
            <Input maxLength={20} placeholder={t('hints.phone')} data-testid="principal-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={['contact', 'name']}
            label={t('fields.contactName')}
            rules={[req(t('fields.contactName'))]}
          >
            <Input maxLength={50} data-testid="contact-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={['contact', 'phone']}
            label={t('fields.contactPhone')}
            rules={phoneRules(t('fields.contactPhone'))}
          >
            <Input maxLength={20} placeholder={t('hints.phone')} data-testid="contact-phone" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
