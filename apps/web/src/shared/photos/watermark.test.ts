import { describe, expect, it } from 'vitest';
import { derivedSize, watermarkLayout, WATERMARK_MAX_SIDE } from './watermark.ts';

describe('the watermark of a photo', () => {
  it('scales its text with the photo, never below a legible size', () => {
    expect(watermarkLayout(4000, 3000, 3).fontSize).toBe(115);
    expect(watermarkLayout(1600, 1200, 3).fontSize).toBe(46);
    expect(watermarkLayout(96, 72, 3).fontSize).toBe(10);
  });

  it('makes its band tall enough for every line and its padding', () => {
    const layout = watermarkLayout(1600, 1200, 3);
    expect(layout.bandHeight).toBe(3 * layout.lineHeight + 2 * layout.padding);
    expect(watermarkLayout(1600, 1200, 4).bandHeight).toBeGreaterThan(layout.bandHeight);
  });

  it('derives a copy no larger than the longest side allowed, keeping the proportions', () => {
    expect(derivedSize(4032, 3024)).toEqual({ width: WATERMARK_MAX_SIDE, height: 1200 });
    expect(derivedSize(3024, 4032)).toEqual({ width: 1200, height: WATERMARK_MAX_SIDE });
    expect(derivedSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(derivedSize(0, 0)).toEqual({ width: 1, height: 1 });
  });
});
