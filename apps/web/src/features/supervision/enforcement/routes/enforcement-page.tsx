import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useEnforcementT } from './enforcement-shared.tsx';
import { ConflictsTab, ExpertTab, InspectionsTab, PenaltiesTab } from './inspections-tab.tsx';
import { PlanTab } from './plan-tab.tsx';
import { DrawsTab, PoolsTab } from './pools-tab.tsx';

const tabs = ['plan', 'pools', 'draws', 'inspections', 'expert', 'penalties', 'conflicts'] as const;
type Tab = (typeof tabs)[number];

/** 执法检查: the annual plan, 双随机 pools and draws, inspection records, expert inspections, penalties, conflicts. */
export function EnforcementPage() {
  const t = useEnforcementT();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('tab');
  const tab: Tab = tabs.find((x) => x === raw) ?? 'plan';
  const body: Record<Tab, React.ReactNode> = {
    plan: <PlanTab />,
    pools: <PoolsTab />,
    draws: <DrawsTab />,
    inspections: <InspectionsTab />,
    expert: <ExpertTab />,
    penalties: <PenaltiesTab />,
    conflicts: <ConflictsTab />,
  };
  return (
    <PageContainer title={t('title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key })}
        destroyOnHidden
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`enforcement-tab-${key}`}>{t(`tabs.${key}`)}</span>,
          children: body[key],
        }))}
      />
    </PageContainer>
  );
}
