import { enUS } from './en-US/index.ts';
import { zhCN } from './zh-CN/index.ts';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

export const resources = { 'zh-CN': zhCN, 'en-US': enUS };
export const namespaces = Object.keys(zhCN);

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en-US';
}
