import { Select, Tag } from 'antd';
import type { EnforcementLevel } from '@shuangkong/contracts';
import { useTranslation } from 'react-i18next';
import { usePoolCandidates } from '../api/enforcement-api.ts';
import '../../i18n.ts';

export const tierColor: Record<EnforcementLevel, string> = {
  major: 'red',
  significant: 'orange',
  general: 'gold',
  low: 'blue',
};

/** The `supervision:enforcement.…` texts. */
export function useEnforcementT() {
  const { t } = useTranslation('supervision', { keyPrefix: 'enforcement' });
  return t;
}

export function TierTag({ tier }: { tier: EnforcementLevel }) {
  const t = useEnforcementT();
  return <Tag color={tierColor[tier]}>{t(`tier.${tier}`)}</Tag>;
}

export const currentYear = () =>
  Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
export const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

const noFilters = { industryCodes: [], scales: [], levels: [] };

type SelectProps = {
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  testId?: string;
};

/** An enterprise in the regulator's remit (the server's list: never another remit's). */
export function EnterpriseSelect({ value, onChange, testId }: SelectProps) {
  const candidates = usePoolCandidates(noFilters, true);
  return (
    <Select
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      loading={candidates.isLoading}
      data-testid={testId}
      options={(candidates.data?.data.enterprises ?? []).map((e) => ({
        value: e.enterpriseId,
        label: e.enterpriseName,
      }))}
    />
  );
}

/** The regulator's inspectors, or the expert library. */
export function PersonSelect({
  value,
  onChange,
  multiple,
  testId,
  experts,
}: SelectProps & { experts?: boolean }) {
  const candidates = usePoolCandidates(noFilters, true);
  const people = experts ? candidates.data?.data.experts : candidates.data?.data.inspectors;
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      loading={candidates.isLoading}
      data-testid={testId}
      options={(people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
    />
  );
}

/** Inspectors and experts together (the conflict register covers both). */
export function AnyPersonSelect({ value, onChange, testId }: SelectProps) {
  const candidates = usePoolCandidates(noFilters, true);
  const people = [...(candidates.data?.data.inspectors ?? []), ...(candidates.data?.data.experts ?? [])];
  return (
    <Select
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      data-testid={testId}
      options={people.map((p) => ({ value: p.userId, label: p.name }))}
    />
  );
}
