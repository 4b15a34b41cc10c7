import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALL_INDUSTRIES } from '../api/regulator-api.ts';
import { IndustrySelect } from './industry-select.tsx';
import { JurisdictionPicker } from './jurisdiction-picker.tsx';

/** Rows of jurisdiction × industry (or 全部行业) inside a Form, under the `remits` list field. */
export function RemitRows() {
  const { t } = useTranslation('admin');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('regulators.remitHint')}</Typography.Paragraph>
      <Form.List name="remits">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regulators.remitEmpty')} />
            ) : null}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" data-testid={`remit-row-${index}`}>
                <Col flex="1 1 200px">
                  <Form.Item
                    name={[field.name, 'jurisdictionCode']}
                    rules={[{ required: true, message: t('regulators.remitJurisdiction') }]}
                  >
                    <JurisdictionPicker
                      placeholder={t('regulators.remitJurisdiction')}
                      testId={`remit-jurisdiction-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="1 1 200px">
                  <Form.Item
                    name={[field.name, 'industryCode']}
                    rules={[{ required: true, message: t('regulators.remitIndustry') }]}
                  >
                    <IndustrySelect
                      allOption={t('regulators.allIndustries')}
                      placeholder={t('regulators.remitIndustry')}
                      testId={`remit-industry-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button
                    icon={<DeleteOutlined />}
                    danger
                    type="text"
                    onClick={() => remove(field.name)}
                    aria-label={t('common:actions.delete')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ industryCode: ALL_INDUSTRIES })}
              data-testid="remit-add"
            >
              {t('regulators.remitAdd')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
