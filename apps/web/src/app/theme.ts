import type { ThemeConfig } from 'antd';

/** A sober government-blue palette; the four risk colours are reserved for risk levels. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1554ad',
    colorInfo: '#1554ad',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, sans-serif",
  },
  components: {
    Layout: { headerBg: '#0f3f86', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px' },
    Menu: { itemBorderRadius: 4 },
  },
};

/** 红 重大 · 橙 较大 · 黄 一般 · 蓝 低: one token set for tags, maps and cards. */
export const riskLevelColors = {
  major: '#e02020',
  significant: '#fa8c16',
  general: '#fadb14',
  low: '#1677ff',
} as const;
