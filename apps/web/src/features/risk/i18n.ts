import i18next from 'i18next';
import { risk as enUS } from '../../locales/en-US/risk.ts';
import { risk as zhCN } from '../../locales/zh-CN/risk.ts';

// The risk texts ride with the risk chunks instead of the first page. Importing this module (every
// risk page does, through components/levels) registers them before the first render; the error
// codes also go into `errors:codes` so the shared errorMessage() translates them.
for (const [language, bundle] of [
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const) {
  if (!i18next.hasResourceBundle(language, 'risk')) {
    i18next.addResourceBundle(language, 'risk', bundle, true, false);
    i18next.addResourceBundle(language, 'errors', { codes: bundle.errors }, true, false);
  }
}

export const RISK_NS = 'risk';
