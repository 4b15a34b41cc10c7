import i18next from 'i18next';
import { supervision as enUS } from '../../locales/en-US/supervision.ts';
import { supervision as zhCN } from '../../locales/zh-CN/supervision.ts';

// The supervision texts ride with its chunks; each part's error codes also go into `errors:codes`
// so the shared errorMessage() and the forms' field errors translate them.
for (const [language, bundle] of [
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const) {
  if (!i18next.hasResourceBundle(language, 'supervision')) {
    i18next.addResourceBundle(language, 'supervision', bundle, true, false);
    const codes = Object.assign({}, ...Object.values(bundle).map((part) => part.errors));
    i18next.addResourceBundle(language, 'errors', { codes }, true, false);
  }
}

export const SUPERVISION_NS = 'supervision';
