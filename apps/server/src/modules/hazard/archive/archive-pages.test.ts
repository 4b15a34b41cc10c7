import { describe, expect, it } from 'vitest';
import { escapeHtml, safeName, shanghaiMinute } from './archive-pages.ts';

describe('the archive’s names and text', () => {
  it('escapes everything that could open markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12.5)).toBe('12.5');
  });

  it('makes file names every unzip tool accepts: no separators, no reserved characters, no leading dots', () => {
    expect(safeName('罐区/泵房\\阀门:压力?表*"<>|')).toBe('罐区_泵房_阀门_压力_表_____');
    expect(safeName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeName('  ')).toBe('未命名');
    expect(safeName('a\u0000b\u001fc')).toBe('a_b_c');
  });

  it('keeps names short, counting characters, not bytes', () => {
    expect([...safeName('隐'.repeat(100))]).toHaveLength(40);
    expect(safeName('隐患'.repeat(10), 5)).toBe('隐患隐患隐');
  });

  it('writes instants as Shanghai wall-clock minutes', () => {
    expect(shanghaiMinute('2026-12-03T16:30:00.000Z')).toBe('2026-12-04 00:30');
    expect(shanghaiMinute(null)).toBe('—');
  });
});
