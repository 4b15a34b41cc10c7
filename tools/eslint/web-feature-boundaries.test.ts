import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { WEB_ORDER, webFeatureBoundaries } from './web-feature-boundaries.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const src = '/repo/apps/web/src';

tester.run('web-feature-boundaries', webFeatureBoundaries, {
  valid: [
    // Inside one feature anything goes, lazy imports included.
    { filename: `${src}/features/risk/feature.ts`, code: "import { x } from './routes/register/page.tsx';" },
    {
      filename: `${src}/features/risk/lazy.tsx`,
      code: "const P = () => import('./routes/board/board-page.tsx');",
    },
    // Upstream, through index.ts.
    {
      filename: `${src}/features/risk/feature.ts`,
      code: "import { enterpriseDetailTabs } from '../identity/index.ts';",
    },
    {
      filename: `${src}/features/risk/feature.ts`,
      code: "import { homeWidgets } from '../platform/index.ts';",
    },
    {
      filename: `${src}/features/hazard/routes/list/list-page.tsx`,
      code: "import type { RiskUnit } from '../../../risk/index.ts';",
    },
    {
      filename: `${src}/features/identity/feature.ts`,
      code: "export { homeWidgets } from '../platform/index.ts';",
    },
    // Everyone uses shared and the locales; shared uses the locales.
    {
      filename: `${src}/features/platform/routes.tsx`,
      code: "import { lazyNamed } from '../../shared/utils/lazy-named.ts';",
    },
    { filename: `${src}/features/risk/i18n.ts`, code: "import { risk } from '../../locales/zh-CN/risk.ts';" },
    {
      filename: `${src}/shared/i18n/language.ts`,
      code: "import { isLanguage } from '../../locales/index.ts';",
    },
    // app/ assembles every feature, through their index.ts.
    { filename: `${src}/app/features.ts`, code: "import { riskFeature } from '../features/risk/index.ts';" },
    { filename: `${src}/main.tsx`, code: "import { AppProviders } from './app/providers.tsx';" },
    // Packages are not this rule's business.
    { filename: `${src}/features/platform/index.ts`, code: "import { Button } from 'antd';" },
    // Files outside the web app are not checked.
    {
      filename: '/repo/apps/server/src/modules/risk/index.ts',
      code: "import { x } from '../identity/users/users.ts';",
    },
  ],
  invalid: [
    {
      filename: `${src}/features/identity/components/enterprise-detail-view.tsx`,
      code: "import { EnterpriseRiskTab } from '../../risk/index.ts';",
      errors: [
        { messageId: 'downstream', data: { from: 'identity', to: 'risk', order: WEB_ORDER.join(' ← ') } },
      ],
    },
    {
      filename: `${src}/features/platform/routes/home/home-page.tsx`,
      code: "const w = () => import('../../../identity/index.ts');",
      errors: [{ messageId: 'downstream' }],
    },
    {
      filename: `${src}/features/risk/feature.ts`,
      code: "import { useEnterprise } from '../identity/api/enterprise-api.ts';",
      errors: [{ messageId: 'deep', data: { to: 'identity', path: '../identity/api/enterprise-api.ts' } }],
    },
    {
      filename: `${src}/features/hazard/index.ts`,
      code: "export * from '../risk/components/levels.ts';",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: `${src}/app/layouts/header-bar.tsx`,
      code: "import { useLogout } from '../../features/identity/api/auth-api.ts';",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: `${src}/features/risk/desktop-pages.tsx`,
      code: "import { Permitted } from '../../app/guards.tsx';",
      errors: [{ messageId: 'app', data: { from: 'risk', path: '../../app/guards.tsx' } }],
    },
    {
      filename: `${src}/shared/feature/slots.ts`,
      code: "import { riskFeature } from '../../features/risk/index.ts';",
      errors: [{ messageId: 'shared', data: { to: 'risk' } }],
    },
    {
      filename: `${src}/shared/api/client.ts`,
      code: "import { routes } from '../../app/router.tsx';",
      errors: [{ messageId: 'app' }],
    },
    {
      filename: `${src}/features/training/index.ts`,
      code: 'export const trainingFeature = {};',
      errors: [{ messageId: 'unknown', data: { name: 'training' } }],
    },
    {
      filename: `${src}/features/risk/feature.ts`,
      code: "import { trainingFeature } from '../training/index.ts';",
      errors: [{ messageId: 'unknown', data: { name: 'training' } }],
    },
  ],
});
