import { accidentTypes1986, accidentTypes2025, riskFactors } from '@shuangkong/contracts';
import { Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRiskOrgUnits, useRiskUsers } from '../api/register-api.ts';

type MultiProps = {
  value?: string[];
  onChange?: (value: string[]) => void;
  testId?: string;
  disabled?: boolean;
};
type SingleProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
  disabled?: boolean;
};

function useEnglish() {
  const { i18n } = useTranslation();
  return i18n.language === 'en-US';
}

/** GB 6441-1986 accident types, 20 in printed order. */
export function AccidentType1986Picker({ value, onChange, testId, disabled }: MultiProps) {
  const en = useEnglish();
  return (
    <Select
      mode="multiple"
      allowClear
      disabled={disabled}
      value={value ?? []}
      onChange={onChange}
      data-testid={testId}
      optionFilterProp="label"
      options={accidentTypes1986.map((a) => ({
        value: a.code,
        label: `${a.code} ${en ? a.nameEn : a.nameZh}`,
      }))}
    />
  );
}

/** GB 6441-2025 basic types (27). */
export function AccidentType2025Picker({ value, onChange, testId, disabled }: MultiProps) {
  const en = useEnglish();
  return (
    <Select
      mode="multiple"
      allowClear
      disabled={disabled}
      value={value ?? []}
      onChange={onChange}
      data-testid={testId}
      optionFilterProp="label"
      options={accidentTypes2025.map((a) => ({
        value: a.code,
        label: `${a.no}. ${en ? a.nameEn : a.nameZh}`,
      }))}
    />
  );
}

type TreeNode = { value: string; title: string; children: TreeNode[] };

/** The GB/T 13861 classification as a tree (人 · 物 · 环境 · 管理), any level selectable. */
export function RiskFactorPicker({ value, onChange, testId, disabled }: MultiProps) {
  const treeData = useMemo(() => {
    const byCode = new Map<string, TreeNode>();
    const roots: TreeNode[] = [];
    for (const f of riskFactors) {
      const node: TreeNode = { value: f.code, title: `${f.code} ${f.nameZh}`, children: [] };
      byCode.set(f.code, node);
      const parent = f.parentCode ? byCode.get(f.parentCode) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }, []);
  return (
    <TreeSelect
      multiple
      allowClear
      showSearch
      disabled={disabled}
      treeNodeFilterProp="title"
      value={value ?? []}
      onChange={(v: string[]) => onChange?.(v)}
      treeData={treeData}
      data-testid={testId}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
    />
  );
}

/** An org unit of the enterprise (department/workshop/team, or only posts). */
export function OrgUnitPicker({
  enterpriseId,
  value,
  onChange,
  testId,
  kinds,
  disabled,
}: SingleProps & { enterpriseId: string; kinds?: readonly string[] }) {
  const { data } = useRiskOrgUnits(enterpriseId);
  const options = (data?.data ?? [])
    .filter((u) => !kinds || kinds.includes(u.kind))
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      allowClear
      showSearch
      disabled={disabled}
      optionFilterProp="label"
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      data-testid={testId}
    />
  );
}

export function PostsPicker({
  enterpriseId,
  value,
  onChange,
  testId,
  disabled,
}: MultiProps & { enterpriseId: string }) {
  const { data } = useRiskOrgUnits(enterpriseId);
  const options = (data?.data ?? [])
    .filter((u) => u.kind === 'post')
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      mode="multiple"
      allowClear
      disabled={disabled}
      optionFilterProp="label"
      value={value ?? []}
      onChange={onChange}
      options={options}
      data-testid={testId}
      style={{ minWidth: 320 }}
    />
  );
}

export function UserPicker({
  enterpriseId,
  value,
  onChange,
  testId,
  disabled,
}: SingleProps & { enterpriseId: string }) {
  const { data } = useRiskUsers(enterpriseId);
  const options = (data?.data ?? []).map((u) => ({
    value: u.id,
    label: u.orgUnitName ? `${u.name}（${u.orgUnitName}）` : u.name,
  }));
  return (
    <Select
      allowClear
      showSearch
      disabled={disabled}
      optionFilterProp="label"
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      data-testid={testId}
    />
  );
}
