import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspection as zhCN } from '../../../locales/zh-CN/inspection.ts';
import { frequencyText, windowText } from './frequency-text.ts';

beforeAll(async () => {
  await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { inspection: zhCN } }, defaultNS: 'inspection' });
});

describe('frequencyText', () => {
  it('reads the cycle in the reader’s language, with the window when there is one', () => {
    const s = { checkCycle: 2, checkCycleUnit: 'hour', workStartTime: '08:00', workEndTime: '18:00' };
    expect(frequencyText(i18next.t, s)).toBe('每 2 小时');
    expect(windowText(s)).toBe('08:00–18:00');
    expect(windowText({ ...s, workStartTime: null })).toBe('');
    expect(frequencyText(i18next.t, { ...s, checkCycle: 1, checkCycleUnit: 'quarter' })).toBe('每 1 季度');
  });
});
