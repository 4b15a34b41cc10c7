import {
  keyHazardousProcesses,
  operatingStatus,
  standardisationGrade,
  type Enterprise,
  type EnterpriseUpdate,
} from '@shuangkong/contracts';
import { Descriptions, Divider, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN } from './enterprise-form-values.ts';

/** The national identifiers and facts as the edit form holds them (under `facts`). */
export type EnterpriseFactsValues = {
  hazardousChemicalCode?: string | null;
  legalRepresentative?: string | null;
  safetyLeadName?: string | null;
  safetyLeadPhone?: string | null;
  dutyPhone?: string | null;
  industrialPark?: string | null;
  operatingStatus?: Enterprise['operatingStatus'];
  standardisationGrade?: Enterprise['standardisationGrade'];
  keyProcesses?: string[];
  keyChemicals?: string[];
};

const blankToNull = (v: string | null | undefined) => (v && v.trim() !== '' ? v.trim() : null);

/** Form values → the PATCH fields; a safety lead needs both a name and a phone. */
export function toFactsPatch(v: EnterpriseFactsValues | undefined): Partial<EnterpriseUpdate> {
  if (!v) return {};
  const leadName = blankToNull(v.safetyLeadName);
  const leadPhone = blankToNull(v.safetyLeadPhone);
  return {
    hazardousChemicalCode: blankToNull(v.hazardousChemicalCode),
    legalRepresentative: blankToNull(v.legalRepresentative),
    safetyLead: leadName && leadPhone ? { name: leadName, phone: leadPhone } : null,
    dutyPhone: blankToNull(v.dutyPhone),
    industrialPark: blankToNull(v.industrialPark),
    operatingStatus: v.operatingStatus,
    standardisationGrade: v.standardisationGrade,
    keyProcesses: v.keyProcesses ?? [],
    keyChemicals: (v.keyChemicals ?? []).map((c) => c.trim()).filter((c) => c !== ''),
  } as Partial<EnterpriseUpdate>;
}

export function toFactsValues(e: Enterprise): EnterpriseFactsValues {
  return {
    hazardousChemicalCode: e.hazardousChemicalCode,
    legalRepresentative: e.legalRepresentative,
    safetyLeadName: e.safetyLead?.name ?? null,
    safetyLeadPhone: e.safetyLead?.phone ?? null,
    dutyPhone: e.dutyPhone,
    industrialPark: e.industrialPark,
    operatingStatus: e.operatingStatus,
    standardisationGrade: e.standardisationGrade,
    keyProcesses: e.keyProcesses,
    keyChemicals: e.keyChemicals,
  };
}

/** 上报信息: the fields the national data model asks of every enterprise (两重点一重大 included). */
export function EnterpriseFactsFields() {
  const { t } = useTranslation('enterprise');
  return (
    <>
      <Divider titlePlacement="start">{t('facts.title')}</Divider>
      <Space wrap size="large" align="start">
        <Form.Item
          name={['facts', 'hazardousChemicalCode']}
          label={t('facts.hazardousChemicalCode')}
          rules={[{ pattern: /^\d{9}$/, message: t('facts.hazardousChemicalCodeRule') }]}
        >
          <Input style={{ width: 200 }} maxLength={9} data-testid="facts-hazchem-code" />
        </Form.Item>
        <Form.Item name={['facts', 'legalRepresentative']} label={t('facts.legalRepresentative')}>
          <Input style={{ width: 160 }} maxLength={20} />
        </Form.Item>
        <Form.Item name={['facts', 'safetyLeadName']} label={t('facts.safetyLeadName')}>
          <Input style={{ width: 160 }} maxLength={20} />
        </Form.Item>
        <Form.Item
          name={['facts', 'safetyLeadPhone']}
          label={t('facts.safetyLeadPhone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('hints.phoneFormat') }]}
        >
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name={['facts', 'dutyPhone']}
          label={t('facts.dutyPhone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('hints.phoneFormat') }]}
        >
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name={['facts', 'industrialPark']} label={t('facts.industrialPark')}>
          <Input style={{ width: 240 }} maxLength={100} />
        </Form.Item>
        <Form.Item name={['facts', 'operatingStatus']} label={t('facts.operatingStatus')}>
          <Select
            style={{ width: 140 }}
            options={operatingStatus.options.map((s) => ({
              value: s,
              label: t(`facts.operatingStatuses.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name={['facts', 'standardisationGrade']} label={t('facts.standardisationGrade')}>
          <Select
            style={{ width: 140 }}
            options={standardisationGrade.options.map((g) => ({ value: g, label: t(`facts.grades.${g}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name={['facts', 'keyProcesses']} label={t('facts.keyProcesses')}>
        <Select
          mode="multiple"
          allowClear
          data-testid="facts-key-processes"
          options={keyHazardousProcesses.map((p) => ({ value: p.code, label: `${p.code} ${p.nameZh}` }))}
        />
      </Form.Item>
      <Form.Item
        name={['facts', 'keyChemicals']}
        label={t('facts.keyChemicals')}
        extra={t('facts.keyChemicalsHint')}
      >
        <Select mode="tags" allowClear tokenSeparators={['，', ',', '、']} />
      </Form.Item>
    </>
  );
}

/** The same facts, read-only, for the enterprise's own profile and the regulator's detail page. */
export function EnterpriseFactsDescriptions({ enterprise: e }: { enterprise: Enterprise }) {
  const { t } = useTranslation('enterprise');
  const dash = '—';
  const processName = (code: string) => keyHazardousProcesses.find((p) => p.code === code)?.nameZh ?? code;
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      size="middle"
      title={t('facts.title')}
      style={{ marginTop: 16 }}
      data-testid="enterprise-facts"
    >
      <Descriptions.Item label={t('facts.hazardousChemicalCode')}>
        {e.hazardousChemicalCode ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.legalRepresentative')}>
        {e.legalRepresentative ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.safetyLeadName')}>
        {e.safetyLead ? `${e.safetyLead.name} ${e.safetyLead.phone}` : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.dutyPhone')}>{e.dutyPhone ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('facts.industrialPark')}>{e.industrialPark ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('facts.operatingStatus')}>
        {t(`facts.operatingStatuses.${e.operatingStatus}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.standardisationGrade')}>
        {t(`facts.grades.${e.standardisationGrade}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.keyProcesses')} span={2}>
        {e.keyProcesses.length ? e.keyProcesses.map((c) => <Tag key={c}>{processName(c)}</Tag>) : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.keyChemicals')} span={2}>
        {e.keyChemicals.length ? e.keyChemicals.map((c) => <Tag key={c}>{c}</Tag>) : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('facts.hasMajorHazardSource')} span={2}>
        <span data-testid="enterprise-major-hazard-flag" data-value={String(e.hasMajorHazardSource)}>
          {e.hasMajorHazardSource ? <Tag color="red">{t('common:yes')}</Tag> : t('common:no')}
        </span>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t('facts.hasMajorHazardSourceHint')}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
