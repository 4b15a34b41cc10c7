import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawSitePlan, planLayout } from './site-plan-image.ts';

describe('site plan image', () => {
  it('is a valid PNG of the requested size with the shapes painted', () => {
    const png = drawSitePlan(40, 20, [{ kind: 'rect', x: 0, y: 0, w: 5, h: 5, rgb: [255, 0, 0] }]);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(40);
    expect(png.readUInt32BE(20)).toBe(20);
    const idatLength = png.readUInt32BE(33);
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...pixels.subarray(1, 4)]).toEqual([255, 0, 0]);
    expect([...pixels.subarray(1 + 10 * 3, 4 + 10 * 3)]).toEqual([236, 239, 232]);
  });

  it('lays out one plot per unit inside the plan', () => {
    const { boxes } = planLayout(1200, 800, 7);
    expect(boxes).toHaveLength(7);
    for (const b of boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(1200);
      expect(b.y + b.h).toBeLessThanOrEqual(800);
    }
  });
});
