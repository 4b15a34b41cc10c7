import { lazy } from 'react';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

/** The home page's risk card, loaded after the home page itself. */
export const RiskHomeWidget = lazyNamed(() => import('./components/home-widget.tsx'), 'HomeWidget');

/** The read-only register for an enterprise's detail page (regulators): tree, levels and board. */
export const EnterpriseRiskTab = lazy(async () => ({
  default: (await import('./routes/enterprise-risk/enterprise-risk-page.tsx')).EnterpriseRiskView,
}));
