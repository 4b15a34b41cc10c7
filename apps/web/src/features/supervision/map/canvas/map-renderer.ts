import { GridIndex } from './grid-index.ts';
import { lngLatBounds, project, projectionAround, unproject, type Projection } from './projection.ts';

type LngLat = readonly [number, number];

/** A jurisdiction's outline: polygons of rings of [lng, lat]. */
export type MapBoundary = { code: string; name: string; level: string; polygons: LngLat[][][] };

/** Points in columns; `color` indexes `palette`. */
export type MapPoints = { lng: ArrayLike<number>; lat: ArrayLike<number>; color: ArrayLike<number> };

/** A public-area risk: a point or a polygon, in a palette color. */
export type MapShape =
  { kind: 'point'; at: LngLat; color: number } | { kind: 'polygon'; rings: LngLat[][]; color: number };

export type MapHit = { kind: 'point'; index: number } | { kind: 'shape'; index: number } | null;

export type MapStyle = {
  /** Fill colors by color index (0 = no level yet). */
  palette: readonly string[];
  pointRadius: number;
  background: string;
  countyFill: string;
  townshipFill: string;
  boundaryStroke: string;
  labelColor: string;
  labelHalo: string;
  labelFont: string;
};

const defaultStyle: MapStyle = {
  palette: ['#bfbfbf', '#1153FD', '#FDE41B', '#FC5D07', '#FD0314'],
  pointRadius: 4,
  background: '#f4f6f8',
  countyFill: '#ffffff',
  townshipFill: 'rgba(22, 119, 255, 0.03)',
  boundaryStroke: '#7a8a9a',
  labelColor: '#3a4a5a',
  labelHalo: 'rgba(255,255,255,0.9)',
  labelFont: '12px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif',
};

type CachedBoundary = { b: MapBoundary; path: Path2D; label: [number, number] | null; area: number };
type CachedShape = {
  shape: MapShape;
  path: Path2D | null;
  xy: [number, number] | null;
  rings: [number, number][][];
};

const MIN_SCALE = 0.5; // px per km
const MAX_SCALE = 4000;
/** Above this many points in view they are drawn as squares. */
const SQUARES_ABOVE = 2500;
/** Above this many points in view (and its margin) they are painted once onto a cached layer. */
const LAYER_ABOVE = 1000;
/** How far (CSS px) the cached point layer reaches beyond the view on each side. */
const LAYER_MARGIN = 256;

type PointLayer = {
  canvas: HTMLCanvasElement;
  version: number;
  scale: number;
  dpr: number;
  /** The pan offset when painted. */
  tx: number;
  ty: number;
  /** What the canvas covers, in screen pixels at that offset. */
  rect: [number, number, number, number];
  /** Where the visible points are, in the same coordinates. */
  bounds: [number, number, number, number];
};

/**
 * The regional four-color map drawn on one canvas, without tiles or network: boundaries as cached
 * Path2D in kilometres (one transform per frame), points batched by color into one path each,
 * culled to the view and, when there are many, cached on a layer that a pan only moves; labels in screen space, hit-testing through a grid index. Frames are
 * coalesced with requestAnimationFrame, so a burst of pointer events costs one draw.
 */
export class MapRenderer {
  readonly style: MapStyle;
  private ctx: CanvasRenderingContext2D;
  private proj: Projection = projectionAround(0, 0);
  private boundaries: CachedBoundary[] = [];
  private shapes: CachedShape[] = [];
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private colors = new Uint8Array(0);
  private visible: Uint8Array = new Uint8Array(0);
  private grid: GridIndex | null = null;
  private scale = 10;
  private tx = 0;
  private ty = 0;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private frame = 0;
  private hover: MapHit = null;
  private layer: PointLayer | null = null;
  /** Bumped whenever the points or which of them show change, so the cached layer is repainted. */
  private pointsVersion = 0;
  private marker: [number, number] | null = null;
  /** Milliseconds the last draw took (for the bench and a dev overlay). */
  lastDrawMs = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    style: Partial<MapStyle> = {},
  ) {
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('2D canvas unavailable');
    this.ctx = ctx;
    this.style = { ...defaultStyle, ...style };
  }

  /** Sets everything to draw; the projection centres on the boundaries (or the points). */
  setData(boundaries: readonly MapBoundary[], points: MapPoints, shapes: readonly MapShape[]): void {
    const all: LngLat[] = [];
    for (const b of boundaries) for (const poly of b.polygons) for (const ring of poly) all.push(...ring);
    if (all.length === 0)
      for (let i = 0; i < points.lng.length; i++)
        all.push([points.lng[i] as number, points.lat[i] as number]);
    const box = lngLatBounds(all);
    this.proj = box
      ? projectionAround((box.minLng + box.maxLng) / 2, (box.minLat + box.maxLat) / 2)
      : projectionAround(0, 0);
    this.boundaries = boundaries.map((b) => this.cacheBoundary(b));
    const n = points.lng.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.colors = new Uint8Array(n);
    this.visible = new Uint8Array(n).fill(1);
    for (let i = 0; i < n; i++) {
      const [x, y] = project(this.proj, points.lng[i] as number, points.lat[i] as number);
      this.xs[i] = x;
      this.ys[i] = y;
      this.colors[i] = points.color[i] as number;
    }
    this.grid = new GridIndex(this.xs, this.ys);
    this.pointsVersion++;
    this.setShapes(shapes);
    this.fit();
  }

  setShapes(shapes: readonly MapShape[]): void {
    this.shapes = shapes.map((shape) => {
      if (shape.kind === 'point')
        return { shape, path: null, xy: project(this.proj, shape.at[0], shape.at[1]), rings: [] };
      const path = new Path2D();
      const rings = shape.rings.map((ring) => ring.map(([lng, lat]) => project(this.proj, lng, lat)));
      for (const ring of rings) this.addRing(path, ring);
      return { shape, path, xy: null, rings };
    });
    this.invalidate();
  }

  /** Which points show (1) under the page's filters. */
  setVisible(mask: Uint8Array): void {
    this.visible = mask;
    this.pointsVersion++;
    this.invalidate();
  }

  /** A marker where the user clicked to place a location; null removes it. */
  setMarker(at: LngLat | null): void {
    this.marker = at ? project(this.proj, at[0], at[1]) : null;
    this.invalidate();
  }

  resize(width: number, height: number, dpr = globalThis.devicePixelRatio || 1): void {
    const first = this.width === 0;
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    if (first) this.fit();
    this.drawNow();
  }

  /** Fits the boundaries (or the points) into the canvas with a margin. */
  fit(): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const take = (x: number, y: number) => {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    };
    for (const b of this.boundaries)
      for (const poly of b.b.polygons)
        for (const ring of poly) for (const [lng, lat] of ring) take(...project(this.proj, lng, lat));
    if (!Number.isFinite(minX))
      for (let i = 0; i < this.xs.length; i++) take(this.xs[i] as number, this.ys[i] as number);
    if (!Number.isFinite(minX) || this.width === 0) return;
    const w = Math.max(maxX - minX, 1);
    const h = Math.max(maxY - minY, 1);
    this.scale = clamp(Math.min((this.width * 0.9) / w, (this.height * 0.9) / h), MIN_SCALE, MAX_SCALE);
    this.tx = this.width / 2 - ((minX + maxX) / 2) * this.scale;
    this.ty = this.height / 2 - ((minY + maxY) / 2) * this.scale;
    this.invalidate();
  }

  pan(dx: number, dy: number): void {
    this.tx += dx;
    this.ty += dy;
    this.invalidate();
  }

  /** Zooms by `factor` keeping the screen point (sx, sy) where it is. */
  zoomAt(factor: number, sx: number, sy: number): void {
    const next = clamp(this.scale * factor, MIN_SCALE, MAX_SCALE);
    const k = next / this.scale;
    this.tx = sx - (sx - this.tx) * k;
    this.ty = sy - (sy - this.ty) * k;
    this.scale = next;
    this.invalidate();
  }

  /** Screen position (CSS pixels) → [lng, lat]. */
  toLngLat(sx: number, sy: number): [number, number] {
    return unproject(this.proj, (sx - this.tx) / this.scale, (sy - this.ty) / this.scale);
  }

  /** Point of `index` on screen (CSS pixels). */
  pointOnScreen(index: number): [number, number] {
    return [
      (this.xs[index] as number) * this.scale + this.tx,
      (this.ys[index] as number) * this.scale + this.ty,
    ];
  }

  /** Centres the view on a point (zooming in to at least `minScale` px/km) and highlights it. */
  centerOn(index: number, minScale = 200): void {
    if (index < 0 || index >= this.xs.length) return;
    this.scale = clamp(Math.max(this.scale, minScale), MIN_SCALE, MAX_SCALE);
    this.tx = this.width / 2 - (this.xs[index] as number) * this.scale;
    this.ty = this.height / 2 - (this.ys[index] as number) * this.scale;
    this.hover = { kind: 'point', index };
    this.invalidate();
  }

  /** What is under the screen point: a visible enterprise point first, then a public-area shape. */
  hitTest(sx: number, sy: number): MapHit {
    const x = (sx - this.tx) / this.scale;
    const y = (sy - this.ty) / this.scale;
    const r = (this.style.pointRadius + 3) / this.scale;
    const i = this.grid ? this.grid.nearest(x, y, r, (k) => this.visible[k] === 1) : -1;
    if (i >= 0) return { kind: 'point', index: i };
    for (let k = this.shapes.length - 1; k >= 0; k--) {
      const s = this.shapes[k] as CachedShape;
      if (s.xy) {
        if (Math.hypot(s.xy[0] - x, s.xy[1] - y) <= (this.style.pointRadius + 5) / this.scale)
          return { kind: 'shape', index: k };
      } else if (insideRings(x, y, s.rings)) return { kind: 'shape', index: k };
    }
    return null;
  }

  setHover(hit: MapHit): void {
    if (hit?.kind === this.hover?.kind && hit?.index === this.hover?.index) return;
    this.hover = hit;
    this.invalidate();
  }

  /** Asks for a draw on the next animation frame (many calls, one draw). */
  invalidate(): void {
    if (this.frame !== 0 || this.width === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  destroy(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.layer = null;
  }

  drawNow(): void {
    const started = performance.now();
    const { ctx, style, dpr, scale } = this;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = style.background;
    ctx.fillRect(0, 0, this.width, this.height);
    // Boundaries and areas in kilometres: one transform, cached paths.
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * this.tx, dpr * this.ty);
    ctx.lineJoin = 'round';
    for (const c of this.boundaries) {
      const county = c.b.level !== 'township' && c.b.level !== 'grid';
      ctx.fillStyle = county ? style.countyFill : style.townshipFill;
      ctx.fill(c.path, 'evenodd');
      ctx.strokeStyle = style.boundaryStroke;
      ctx.lineWidth = (county ? 2 : c.b.level === 'grid' ? 0.5 : 1) / scale;
      ctx.setLineDash(county ? [] : [4 / scale, 3 / scale]);
      ctx.stroke(c.path);
    }
    ctx.setLineDash([]);
    this.shapes.forEach((s, k) => {
      if (!s.path) return;
      const color = style.palette[s.shape.color] ?? '#888';
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = color;
      ctx.fill(s.path, 'evenodd');
      ctx.globalAlpha = 1;
      ctx.strokeStyle = color;
      ctx.lineWidth = (this.hover?.kind === 'shape' && this.hover.index === k ? 3 : 1.5) / scale;
      ctx.stroke(s.path);
    });
    // Labels, points and markers in screen pixels, so they keep their size when zooming.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels();
    this.drawPoints();
    this.drawPointShapes();
    this.drawHover();
    if (this.marker) {
      const [mx, my] = this.toScreen(this.marker);
      ctx.beginPath();
      ctx.arc(mx, my, 7, 0, Math.PI * 2);
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(mx - 11, my);
      ctx.lineTo(mx + 11, my);
      ctx.moveTo(mx, my - 11);
      ctx.lineTo(mx, my + 11);
      ctx.stroke();
    }
    this.lastDrawMs = performance.now() - started;
  }

  private toScreen([x, y]: [number, number]): [number, number] {
    return [x * this.scale + this.tx, y * this.scale + this.ty];
  }

  private drawLabels(): void {
    const { ctx, style } = this;
    ctx.font = style.labelFont;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = style.labelHalo;
    ctx.fillStyle = style.labelColor;
    for (const c of this.boundaries) {
      if (!c.label || c.b.level !== 'township') continue;
      // A label only where its township is big enough on screen to hold it.
      if (c.area * this.scale * this.scale < 2500) continue;
      const [sx, sy] = this.toScreen(c.label);
      if (sx < -50 || sy < -20 || sx > this.width + 50 || sy > this.height + 20) continue;
      ctx.strokeText(c.b.name, sx, sy);
      ctx.fillText(c.b.name, sx, sy);
    }
  }

  /**
   * Points, through a cached layer when there are many: the rasteriser, not the script, is what
   * thousands of markers cost, so they are painted once onto an offscreen canvas covering the view
   * and a margin (only where points are), and a pan at the same scale blits that canvas at its
   * offset. Zooming, filtering or panning past the margin paints it again.
   */
  private drawPoints(): void {
    const { ctx, scale, tx, ty, width, height } = this;
    const layer = this.layer;
    if (layer && layer.version === this.pointsVersion && layer.scale === scale && layer.dpr === this.dpr) {
      const dx = tx - layer.tx;
      const dy = ty - layer.ty;
      const covered = layerCovers(layer, dx, dy, width, height);
      if (covered !== 'no') {
        const [rx0, ry0, rx1, ry1] = layer.rect;
        if (covered === 'yes') {
          const snap = (v: number) => Math.round(v * this.dpr) / this.dpr;
          ctx.drawImage(layer.canvas, snap(rx0 + dx), snap(ry0 + dy), rx1 - rx0, ry1 - ry0);
        }
        return;
      }
    }
    const r = this.style.pointRadius;
    const margin = LAYER_MARGIN;
    const { byColor, inRegion, bounds } = this.collectPoints(
      -margin,
      -margin,
      width + margin,
      height + margin,
    );
    if (inRegion <= LAYER_ABOVE) {
      this.layer = null;
      this.paintPoints(ctx, byColor, inRegion > SQUARES_ABOVE);
      return;
    }
    // The layer covers the view and its margin, only where there are points.
    const rect: [number, number, number, number] = [
      Math.floor(Math.max(-margin, bounds[0] - r - 1)),
      Math.floor(Math.max(-margin, bounds[1] - r - 1)),
      Math.ceil(Math.min(width + margin, bounds[2] + r + 1)),
      Math.ceil(Math.min(height + margin, bounds[3] + r + 1)),
    ];
    const canvas = this.layer?.canvas ?? document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil((rect[2] - rect[0]) * this.dpr));
    canvas.height = Math.max(1, Math.ceil((rect[3] - rect[1]) * this.dpr));
    const lctx = canvas.getContext('2d');
    if (!lctx) {
      this.paintPoints(ctx, byColor, inRegion > SQUARES_ABOVE);
      return;
    }
    lctx.setTransform(this.dpr, 0, 0, this.dpr, -rect[0] * this.dpr, -rect[1] * this.dpr);
    this.paintPoints(lctx, byColor, inRegion > SQUARES_ABOVE);
    this.layer = {
      canvas,
      version: this.pointsVersion,
      scale,
      dpr: this.dpr,
      tx,
      ty,
      rect,
      bounds: [bounds[0] - r - 1, bounds[1] - r - 1, bounds[2] + r + 1, bounds[3] + r + 1],
    };
    ctx.drawImage(canvas, rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]);
  }

  /**
   * Screen positions of the visible points inside the region, by color (lowest level first, so
   * red is painted last and stays on top), and the screen bounds of every visible point.
   */
  private collectPoints(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): { byColor: number[][]; inRegion: number; bounds: [number, number, number, number] } {
    const { style, scale, tx, ty, xs, ys, colors, visible } = this;
    const r = style.pointRadius;
    const byColor: number[][] = style.palette.map(() => []);
    const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    let inRegion = 0;
    for (let i = 0; i < xs.length; i++) {
      if (visible[i] !== 1) continue;
      const sx = (xs[i] as number) * scale + tx;
      const sy = (ys[i] as number) * scale + ty;
      if (sx < bounds[0]) bounds[0] = sx;
      if (sy < bounds[1]) bounds[1] = sy;
      if (sx > bounds[2]) bounds[2] = sx;
      if (sy > bounds[3]) bounds[3] = sy;
      if (sx < x0 - r || sy < y0 - r || sx > x1 + r || sy > y1 + r) continue;
      byColor[colors[i] as number]?.push(sx, sy);
      inRegion++;
    }
    return { byColor, inRegion, bounds };
  }

  /**
   * Thousands of anti-aliased circles cost the rasteriser more than the script: past a few
   * thousand the points become squares (a dark outline around a colored fill), which rasterise as
   * plain fills; zoomed in, they are circles with an outline.
   */
  private paintPoints(ctx: CanvasRenderingContext2D, byColor: number[][], squares: boolean): void {
    const { style } = this;
    const r = style.pointRadius;
    byColor.forEach((xy, color) => {
      if (xy.length === 0) return;
      ctx.beginPath();
      for (let k = 0; k < xy.length; k += 2) {
        const sx = xy[k] as number;
        const sy = xy[k + 1] as number;
        if (squares) ctx.rect(sx - r, sy - r, 2 * r, 2 * r);
        else {
          ctx.moveTo(sx + r, sy);
          ctx.arc(sx, sy, r, 0, 6.283185307179586);
        }
      }
      ctx.fillStyle = style.palette[color] as string;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = squares ? 'rgba(0,0,0,0.5)' : 'rgba(0,0,0,0.45)';
      ctx.stroke();
    });
  }

  private drawPointShapes(): void {
    const { ctx, style } = this;
    for (const s of this.shapes) {
      if (!s.xy) continue;
      const [sx, sy] = this.toScreen(s.xy);
      const d = style.pointRadius + 4;
      ctx.beginPath();
      ctx.moveTo(sx, sy - d);
      ctx.lineTo(sx + d, sy);
      ctx.lineTo(sx, sy + d);
      ctx.lineTo(sx - d, sy);
      ctx.closePath();
      ctx.fillStyle = style.palette[s.shape.color] ?? '#888';
      ctx.fill();
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }

  private drawHover(): void {
    if (this.hover?.kind !== 'point') return;
    const [sx, sy] = this.pointOnScreen(this.hover.index);
    const { ctx } = this;
    ctx.beginPath();
    ctx.arc(sx, sy, this.style.pointRadius + 3, 0, Math.PI * 2);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  private cacheBoundary(b: MapBoundary): CachedBoundary {
    const path = new Path2D();
    let best: { area: number; label: [number, number] } | null = null;
    let total = 0;
    for (const poly of b.polygons) {
      const rings = poly.map((ring) => ring.map(([lng, lat]) => project(this.proj, lng, lat)));
      for (const ring of rings) this.addRing(path, ring);
      const outer = rings[0];
      if (!outer) continue;
      const { area, centroid } = ringCentroid(outer);
      total += area;
      if (!best || area > best.area) best = { area, label: centroid };
    }
    return { b, path, label: best?.label ?? null, area: total };
  }

  private addRing(path: Path2D, ring: readonly [number, number][]): void {
    ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
    path.closePath();
  }
}

/**
 * Whether a layer painted at one pan offset still shows every visible point after the view moved
 * by (dx, dy): 'yes', 'nothing' when no point is in view any more, 'no' when the view reaches
 * points the layer left out (beyond its margin).
 */
export function layerCovers(
  layer: Pick<PointLayer, 'rect' | 'bounds'>,
  dx: number,
  dy: number,
  width: number,
  height: number,
): 'yes' | 'nothing' | 'no' {
  const [bx0, by0, bx1, by1] = layer.bounds;
  // The view, in the coordinates of the moment the layer was painted, clipped to the points.
  const vx0 = Math.max(-dx, bx0);
  const vy0 = Math.max(-dy, by0);
  const vx1 = Math.min(width - dx, bx1);
  const vy1 = Math.min(height - dy, by1);
  if (vx0 >= vx1 || vy0 >= vy1) return 'nothing';
  const [rx0, ry0, rx1, ry1] = layer.rect;
  return vx0 >= rx0 && vy0 >= ry0 && vx1 <= rx1 && vy1 <= ry1 ? 'yes' : 'no';
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Area and centroid of a simple ring (shoelace); the label sits at the centroid. */
export function ringCentroid(ring: readonly (readonly [number, number])[]): {
  area: number;
  centroid: [number, number];
} {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  if (a === 0) {
    const [x, y] = ring[0] ?? [0, 0];
    return { area: 0, centroid: [x, y] };
  }
  return { area: Math.abs(a / 2), centroid: [cx / (3 * a), cy / (3 * a)] };
}

/** Even-odd point-in-polygon over all rings (holes subtract). */
export function insideRings(x: number, y: number, rings: readonly (readonly [number, number][])[]): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}
