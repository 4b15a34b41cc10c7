import { keyHazardousProcesses } from '@shuangkong/contracts';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseFilters } from '../../api/enterprise-api.ts';
import { IndustrySelect } from '../../components/industry-select.tsx';
import { JurisdictionPicker } from '../../components/jurisdiction-picker.tsx';

type Values = Omit<EnterpriseFilters, 'page' | 'pageSize'>;
type Props = { filters: EnterpriseFilters; onApply: (filters: EnterpriseFilters) => void };

/** 查询 / 重置 search form above the registry table. */
export function RegistryFilterForm({ filters, onApply }: Props) {
  const { t } = useTranslation('enterprise');
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({
      q: filters.q,
      jurisdictionCode: filters.jurisdictionCode,
      industryCode: filters.industryCode,
      scale: filters.scale,
      status: filters.status,
      isHighRisk: filters.isHighRisk,
      keyProcess: filters.keyProcess,
      hasMajorHazardSource: filters.hasMajorHazardSource,
    });
  }, [
    filters.keyProcess,
    filters.hasMajorHazardSource,
    form,
    filters.q,
    filters.jurisdictionCode,
    filters.industryCode,
    filters.scale,
    filters.status,
    filters.isHighRisk,
  ]);

  const submit = (values: Values) => {
    const next: EnterpriseFilters = { page: 1, pageSize: filters.pageSize };
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined && value !== null && value !== '') Object.assign(next, { [key]: value });
    }
    onApply(next);
  };

  return (
    <Form<Values> form={form} onFinish={submit} layout="vertical">
      <Row gutter={16}>
        <Col xs={24} md={8} xl={6}>
          <Form.Item name="q" label={t('list.keyword')}>
            <Input allowClear placeholder={t('list.keywordPlaceholder')} data-testid="filter-q" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={6}>
          <Form.Item name="jurisdictionCode" label={t('fields.jurisdiction')}>
            <JurisdictionPicker allowClear testId="filter-jurisdiction" placeholder={t('common:all')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={6}>
          <Form.Item name="industryCode" label={t('fields.industries')}>
            <IndustrySelect allowClear testId="filter-industry" placeholder={t('common:all')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4} xl={6}>
          <Form.Item name="scale" label={t('fields.scale')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              options={(['large', 'medium', 'small', 'micro'] as const).map((s) => ({
                value: s,
                label: t(`scale.${s}`),
              }))}
              data-testid="filter-scale"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4} xl={6}>
          <Form.Item name="status" label={t('fields.status')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              options={(['pending', 'approved', 'rejected'] as const).map((s) => ({
                value: s,
                label: t(`status.${s}`),
              }))}
              data-testid="filter-status"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4} xl={6}>
          <Form.Item name="isHighRisk" label={t('fields.isHighRisk')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              options={[
                { value: 'true', label: t('common:yes') },
                { value: 'false', label: t('common:no') },
              ]}
              data-testid="filter-high-risk"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={6}>
          <Form.Item name="keyProcess" label={t('facts.keyProcess')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common:all')}
              options={keyHazardousProcesses.map((p) => ({ value: p.code, label: `${p.code} ${p.nameZh}` }))}
              data-testid="filter-key-process"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4} xl={6}>
          <Form.Item name="hasMajorHazardSource" label={t('facts.hasMajorHazardSource')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              options={[
                { value: 'true', label: t('common:yes') },
                { value: 'false', label: t('common:no') },
              ]}
              data-testid="filter-major-hazard"
            />
          </Form.Item>
        </Col>
        <Col
          xs={24}
          md={12}
          xl={6}
          style={{ display: 'flex', alignItems: 'flex-end', gap: 8, paddingBottom: 24 }}
        >
          <Button type="primary" htmlType="submit" data-testid="filter-submit">
            {t('common:actions.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({ page: 1, pageSize: filters.pageSize });
            }}
            data-testid="filter-reset"
          >
            {t('common:actions.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
