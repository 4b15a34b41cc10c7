import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterTree } from '../../risk/index.ts';
import '../i18n.ts';

type Props = {
  enterpriseId: string;
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
};

/** A risk unit of the enterprise's register (风险对象 / 风险部位); optional wherever it is used. */
export function UnitSelect({ enterpriseId, value, onChange, placeholder, style, testId }: Props) {
  const { t } = useTranslation('hazard');
  const tree = useRegisterTree(enterpriseId, {});
  const options = useMemo(
    () =>
      (tree.data?.data.objects ?? []).map((o) => ({
        label: o.name,
        title: o.name,
        options: o.units.map((u) => ({ value: u.id, label: u.name })),
      })),
    [tree.data],
  );
  return (
    <Select
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={tree.isLoading}
      placeholder={tree.isError ? t('report.noUnits') : placeholder}
      showSearch={{ optionFilterProp: 'label' }}
      style={style}
      data-testid={testId}
    />
  );
}
