import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTree, mapTree } from '../../../shared/utils/tree.ts';
import { useIndustries, type Industry } from '../api/reference-api.ts';
import { industryLabel } from './reference-labels.ts';

type TreeOption = { value: string; title: string; children?: TreeOption[] };

type Props = {
  value?: string[] | string | null;
  onChange?: (value: string[] | string | null) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  /** Offers '*' (全部行业) first, for remits. */
  allOption?: string;
  testId?: string;
  style?: React.CSSProperties;
};

/** 行业领域 picker; sub-industries (工贸 → 冶金 …) nest under their parent. */
export function IndustrySelect({
  value,
  onChange,
  multiple,
  allowClear,
  placeholder,
  allOption,
  testId,
  style,
}: Props) {
  const { t, i18n } = useTranslation('enterprise');
  const { data: industries, isLoading } = useIndustries();
  const treeData = useMemo(() => {
    const forest = buildTree(
      industries ?? [],
      (i) => i.code,
      (i) => i.parentCode,
    );
    const options = mapTree<Industry, TreeOption>(forest, (industry, children) => {
      const title = `${industryLabel(industry, i18n.language)}${industry.isHighRisk ? ` · ${t('highRiskTag')}` : ''}`;
      return children.length ? { value: industry.code, title, children } : { value: industry.code, title };
    });
    return allOption ? [{ value: '*', title: allOption }, ...options] : options;
  }, [industries, i18n.language, t, allOption]);

  return (
    <TreeSelect
      treeData={treeData}
      value={value ?? undefined}
      onChange={(next: string[] | string | undefined) => onChange?.(next ?? null)}
      multiple={multiple}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      allowClear={allowClear}
      placeholder={placeholder ?? t('hints.industriesPlaceholder')}
      loading={isLoading}
      data-testid={testId}
      style={style ?? { width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
