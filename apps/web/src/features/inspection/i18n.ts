import i18next from 'i18next';
import { inspection as enUS } from '../../locales/en-US/inspection.ts';
import { inspection as zhCN } from '../../locales/zh-CN/inspection.ts';

// The inspection texts ride with the inspection chunks; the error codes also go into
// `errors:codes` so the shared errorMessage() translates them.
for (const [language, bundle] of [
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const) {
  if (!i18next.hasResourceBundle(language, 'inspection')) {
    i18next.addResourceBundle(language, 'inspection', bundle, true, false);
    i18next.addResourceBundle(language, 'errors', { codes: bundle.errors }, true, false);
  }
}

export const INSPECTION_NS = 'inspection';
