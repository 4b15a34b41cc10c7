import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { enUS } from '../../../locales/en-US/index.ts';
import { zhCN } from '../../../locales/zh-CN/index.ts';
import { messageTitle, todoText } from './message-text.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en-US',
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': zhCN, 'en-US': enUS },
    interpolation: { escapeValue: false },
  });
});

describe('texts of to-dos and messages in the reader language', () => {
  it('translates a to-do by its key and picks the context from its status', () => {
    const t = i18n.getFixedT('en-US');
    expect(todoText(t, { key: 'riskUnitsAwaitingReview', title: '待审核的风险单元' })).toBe(
      'Risk units awaiting review',
    );
    const due = {
      key: 'riskFullReviewDue',
      title: '…',
      params: { status: 'overdue', dueDate: '2026-11-30' },
    };
    expect(todoText(t, due)).toBe('Full risk review overdue (due 2026-11-30)');
    expect(todoText(i18n.getFixedT('zh-CN'), due)).toBe('全面风险辨识评估已逾期（应于 2026-11-30 前完成）');
  });

  it('fills a message kind with its parameters', () => {
    const item = {
      kind: 'risk.unit-rejected',
      title: '风险单元被退回：RU-01 装卸',
      params: { unit: 'RU-01 装卸' },
    };
    expect(messageTitle(i18n.getFixedT('en-US'), item)).toBe('Risk unit sent back: RU-01 装卸');
    const overdue = {
      kind: 'hazard.overdue',
      title: '隐患整改逾期：污水池护栏缺失',
      params: { hazard: '污水池护栏缺失', deadline: '2026-11-27' },
    };
    expect(messageTitle(i18n.getFixedT('en-US'), overdue)).toBe(
      'Hazard overdue: 污水池护栏缺失 (due 2026-11-27)',
    );
  });

  it('falls back to the server text for a kind or key it does not know', () => {
    const t = i18n.getFixedT('en-US');
    expect(messageTitle(t, { kind: 'monitoring.alarm', title: '隐患逾期：储罐区' })).toBe('隐患逾期：储罐区');
    expect(todoText(t, { key: 'hazardsOverdue', title: '逾期隐患' })).toBe('逾期隐患');
  });
});
