import { lazy, Suspense } from 'react';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

const Widget = lazyNamed(() => import('./components/home-widget.tsx'), 'HomeWidget');
const RegulatorView = lazy(async () => ({
  default: (await import('./routes/enterprise-risk/enterprise-risk-page.tsx')).EnterpriseRiskView,
}));

/** The home page's risk card, loaded after the home page itself. */
export function RiskHomeWidget() {
  return (
    <Suspense fallback={null}>
      <Widget />
    </Suspense>
  );
}

/** The read-only register for an enterprise's detail page (regulators): tree, levels and board. */
export function EnterpriseRiskTab({ enterpriseId }: { enterpriseId: string }) {
  return (
    <Suspense fallback={null}>
      <RegulatorView enterpriseId={enterpriseId} />
    </Suspense>
  );
}
