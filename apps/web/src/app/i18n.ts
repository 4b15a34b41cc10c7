import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../locales/index.ts';
import { storedLanguage } from '../shared/i18n/language.ts';

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  ns: namespaces,
  defaultNS: 'common',
  // React escapes; i18next escaping would double-encode names like "A&B 化工".
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
