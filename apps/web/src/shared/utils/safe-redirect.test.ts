import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps same-site paths', () => {
    expect(safeRedirect('/enterprises?status=pending', '/')).toBe('/enterprises?status=pending');
  });
  it('refuses other hosts and missing targets', () => {
    expect(safeRedirect('https://evil.example', '/')).toBe('/');
    expect(safeRedirect('//evil.example', '/')).toBe('/');
    expect(safeRedirect('/\\evil.example', '/')).toBe('/');
    expect(safeRedirect(null, '/m')).toBe('/m');
  });
});
