import { Cascader, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestorKeys, buildTree, mapTree } from '../../../shared/utils/tree.ts';
import { useJurisdictions, type Jurisdiction } from '../api/reference-api.ts';

type CascaderOption = { value: string; label: string; children?: CascaderOption[] };
type TreeOption = { value: string; title: string; children?: TreeOption[] };

type Props = {
  value?: string | null;
  onChange?: (code: string | null) => void;
  mode?: 'cascader' | 'tree';
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  testId?: string;
  style?: React.CSSProperties;
};

const parentOf = (j: Jurisdiction) => j.parentCode;
const byCodeOrder = (a: Jurisdiction, b: Jurisdiction) => a.code.localeCompare(b.code);

/**
 * Picks one jurisdiction code. The cascader walks 省 → 市 → 县 → 乡镇 the way citizens think of an
 * address; the tree select suits regulators filtering lists. Either way the value is a single code.
 */
export function JurisdictionPicker({
  value,
  onChange,
  mode = 'tree',
  allowClear,
  placeholder,
  disabled,
  testId,
  style,
}: Props) {
  const { t } = useTranslation('enterprise');
  const { data: jurisdictions, isLoading } = useJurisdictions();
  const { forest, byCode } = useMemo(() => {
    const list = jurisdictions ?? [];
    return {
      forest: buildTree(list, (j) => j.code, parentOf, byCodeOrder),
      byCode: new Map(list.map((j) => [j.code, j])),
    };
  }, [jurisdictions]);
  const text = placeholder ?? t('hints.jurisdictionPlaceholder');

  if (mode === 'cascader') {
    const options = mapTree<Jurisdiction, CascaderOption>(forest, (j, children) =>
      children.length ? { value: j.code, label: j.name, children } : { value: j.code, label: j.name },
    );
    return (
      <Cascader<CascaderOption>
        options={options}
        value={value ? ancestorKeys(value, byCode, parentOf) : []}
        onChange={(path) => onChange?.(path && path.length ? String(path[path.length - 1]) : null)}
        changeOnSelect
        showSearch
        allowClear={allowClear}
        placeholder={text}
        loading={isLoading}
        disabled={disabled}
        data-testid={testId}
        style={style ?? { width: '100%' }}
      />
    );
  }
  const treeData = mapTree<Jurisdiction, TreeOption>(forest, (j, children) =>
    children.length ? { value: j.code, title: j.name, children } : { value: j.code, title: j.name },
  );
  return (
    <TreeSelect
      treeData={treeData}
      value={value ?? undefined}
      onChange={(code: string | undefined) => onChange?.(code ?? null)}
      showSearch
      treeNodeFilterProp="title"
      allowClear={allowClear}
      placeholder={text}
      loading={isLoading}
      disabled={disabled}
      data-testid={testId}
      style={style ?? { width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
