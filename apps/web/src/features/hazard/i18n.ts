import i18next from 'i18next';
import { hazard as enUS } from '../../locales/en-US/hazard.ts';
import { hazard as zhCN } from '../../locales/zh-CN/hazard.ts';

// The hazard texts ride with the hazard chunks; the error codes also go into `errors:codes` so
// the shared errorMessage() and the forms' field errors translate them.
for (const [language, bundle] of [
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const) {
  if (!i18next.hasResourceBundle(language, 'hazard')) {
    i18next.addResourceBundle(language, 'hazard', bundle, true, false);
    i18next.addResourceBundle(language, 'errors', { codes: bundle.errors }, true, false);
  }
}

export const HAZARD_NS = 'hazard';
