import { describe, expect, it } from 'vitest';
import { defaultDataSrc } from './data-src.ts';

describe('defaultDataSrc', () => {
  it.each([
    ['control', 'engineering', '可燃气体检测报警与紧急切断联锁', 'monitoring'],
    ['control', 'engineering', '储罐液位在线监测', 'monitoring'],
    ['control', 'engineering', '设置防护栏杆', 'investigation'],
    ['control', 'administrative', '报警后按应急预案处置', 'investigation'],
    ['emergency', null, '启动 SIS 紧急停车', 'investigation'],
  ] as const)('%s / %s: %s → %s', (kind, hierarchy, content, expected) => {
    expect(defaultDataSrc({ kind, hierarchy, content })).toBe(expected);
  });
});
