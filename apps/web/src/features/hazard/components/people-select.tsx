import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../identity/index.ts';
import '../i18n.ts';

type Props = {
  enterpriseId: string;
  value?: string;
  onChange?: (userId: string) => void;
  /** The current choice when it may not be on the first page of people (a saved plan's owner). */
  known?: { id: string; name: string | null } | null;
  testId?: string;
};

/** A person of the enterprise, searched by name through the identity feature's people list. */
export function PeopleSelect({ enterpriseId, value, onChange, known, testId }: Props) {
  const { t } = useTranslation('hazard');
  const [q, setQ] = useState('');
  const users = useUsers({ enterpriseId, q: q.trim() || undefined, page: 1, pageSize: 50 });
  const options = useMemo(() => {
    const list = (users.data?.data ?? [])
      .filter((u) => u.status === 'active')
      .map((u) => ({ value: u.id, label: u.orgUnitName ? `${u.name}（${u.orgUnitName}）` : u.name }));
    if (known && !list.some((o) => o.value === known.id))
      list.unshift({ value: known.id, label: known.name ?? known.id });
    return list;
  }, [users.data, known]);
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      loading={users.isFetching}
      placeholder={t('dialogs.ownerSearch')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={users.isError ? t('dialogs.noPeople') : undefined}
      data-testid={testId}
    />
  );
}
