import { describe, expect, it } from 'vitest';
import { layerCovers } from './map-renderer.ts';

// A 1280×800 view; layers painted with a 256 px margin, as the renderer does.
const W = 1280;
const H = 800;

describe('layerCovers: when a pan may reuse the cached point layer', () => {
  // The whole county in view: the points sit inside the view, so the layer is just their box.
  const county = { bounds: [100, 60, 1180, 740], rect: [99, 59, 1181, 741] } as const;
  const copy = (l: typeof county) => ({
    bounds: [...l.bounds] as [number, number, number, number],
    rect: [...l.rect] as [number, number, number, number],
  });

  it('reuses a layer holding every point whichever way the map is dragged', () => {
    for (const [dx, dy] of [
      [0, 0],
      [300, 0],
      [-300, 0],
      [0, 300],
      [-600, -400],
      [1000, 700],
    ])
      expect(layerCovers(copy(county), dx as number, dy as number, W, H)).toBe('yes');
  });

  it('draws nothing once every point has left the view', () => {
    expect(layerCovers(copy(county), 1300, 0, W, H)).toBe('nothing');
    expect(layerCovers(copy(county), 0, -800, W, H)).toBe('nothing');
  });

  // Zoomed in: points everywhere beyond the view, so the layer stops at the margin.
  const zoomed = {
    bounds: [-5000, -5000, 5000, 5000] as [number, number, number, number],
    rect: [-256, -256, W + 256, H + 256] as [number, number, number, number],
  };

  it('reuses a zoomed-in layer within its margin and repaints past it', () => {
    expect(layerCovers(zoomed, 256, 0, W, H)).toBe('yes');
    expect(layerCovers(zoomed, -256, 256, W, H)).toBe('yes');
    expect(layerCovers(zoomed, 257, 0, W, H)).toBe('no');
    expect(layerCovers(zoomed, 0, -300, W, H)).toBe('no');
  });

  it('repaints when the view reaches points the layer left out on one side only', () => {
    // Points only to the right, beyond the margin; the layer holds those within it.
    const right = {
      bounds: [900, 0, 3000, 800] as [number, number, number, number],
      rect: [900, 0, W + 256, 800] as [number, number, number, number],
    };
    expect(layerCovers(right, -200, 0, W, H)).toBe('yes');
    expect(layerCovers(right, -300, 0, W, H)).toBe('no');
    expect(layerCovers(right, 300, 0, W, H)).toBe('yes');
    expect(layerCovers(right, 500, 0, W, H)).toBe('nothing');
  });
});
