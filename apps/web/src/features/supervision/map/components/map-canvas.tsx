import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  MapRenderer,
  type MapBoundary,
  type MapHit,
  type MapPoints,
  type MapShape,
} from '../canvas/map-renderer.ts';

export type MapCanvasProps = {
  boundaries: readonly MapBoundary[];
  points: MapPoints;
  shapes: readonly MapShape[];
  mask?: Uint8Array | undefined;
  height?: number;
  /** A click on a point or a shape (not after a drag). */
  onPick?: (hit: Exclude<MapHit, null>) => void;
  /** A click anywhere, as [lng, lat]: placing a location. */
  onPlace?: (at: [number, number]) => void;
  marker?: readonly [number, number] | null;
  tooltip?: (hit: Exclude<MapHit, null>) => ReactNode;
  /** A point to centre on and highlight (a new object each time the user asks). */
  focus?: { index: number } | null;
  testId?: string;
};

/**
 * The canvas of the regional map with its gestures: drag to pan, wheel to zoom at the cursor,
 * hover for a tooltip, click to pick (or to place). Drawing is MapRenderer's; this only wires it.
 */
export function MapCanvas({
  boundaries,
  points,
  shapes,
  mask,
  height = 560,
  onPick,
  onPlace,
  marker,
  tooltip,
  focus,
  testId,
}: MapCanvasProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  const [hover, setHover] = useState<{ hit: Exclude<MapHit, null>; x: number; y: number } | null>(null);
  const handlers = useRef({ onPick, onPlace });
  handlers.current = { onPick, onPlace };

  useEffect(() => {
    if (!canvas.current || !wrap.current) return;
    const r = new MapRenderer(canvas.current);
    renderer.current = r;
    const el = wrap.current;
    const observer = new ResizeObserver(() => r.resize(el.clientWidth, height));
    observer.observe(el);
    r.resize(el.clientWidth, height);
    return () => {
      observer.disconnect();
      r.destroy();
      renderer.current = null;
    };
  }, [height]);

  useEffect(() => {
    renderer.current?.setData(boundaries, points, shapes);
    // Shapes change without the rest (a new public-area risk): handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boundaries, points]);
  useEffect(() => renderer.current?.setShapes(shapes), [shapes]);
  useEffect(() => {
    if (mask) renderer.current?.setVisible(mask);
  }, [mask, points]);
  useEffect(() => renderer.current?.setMarker(marker ?? null), [marker, boundaries]);

  useEffect(() => {
    const r = renderer.current;
    if (!r || !focus) return;
    r.centerOn(focus.index);
    const el = wrap.current;
    if (el) setHover({ hit: { kind: 'point', index: focus.index }, x: el.clientWidth / 2, y: height / 2 });
  }, [focus, height]);

  // Wheel zoom must prevent the page from scrolling, which needs a non-passive listener.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      renderer.current?.zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const drag = useRef<{ x: number; y: number; moved: number } | null>(null);
  const local = (e: React.PointerEvent) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top] as const;
  };

  return (
    <div
      ref={wrap}
      style={{ position: 'relative', width: '100%', height }}
      data-testid={testId}
      // What is drawn, for people and tests that cannot read a canvas.
      data-boundaries={boundaries.length}
      data-shapes={shapes.length}
      data-shown={mask ? mask.reduce((n, v) => n + v, 0) : points.lng.length}
    >
      <canvas
        ref={canvas}
        style={{
          display: 'block',
          cursor: drag.current ? 'grabbing' : onPlace ? 'crosshair' : 'grab',
          touchAction: 'none',
        }}
        onPointerDown={(e) => {
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, y: e.clientY, moved: 0 };
        }}
        onPointerMove={(e) => {
          const r = renderer.current;
          if (!r) return;
          const d = drag.current;
          if (d) {
            const dx = e.clientX - d.x;
            const dy = e.clientY - d.y;
            d.moved += Math.abs(dx) + Math.abs(dy);
            d.x = e.clientX;
            d.y = e.clientY;
            r.pan(dx, dy);
            if (hover) setHover(null);
            return;
          }
          const [x, y] = local(e);
          const hit = r.hitTest(x, y);
          r.setHover(hit);
          setHover(hit ? { hit, x, y } : null);
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          drag.current = null;
          const r = renderer.current;
          if (!r || !d || d.moved > 4) return;
          const [x, y] = local(e);
          if (handlers.current.onPlace) {
            handlers.current.onPlace(r.toLngLat(x, y));
            return;
          }
          const hit = r.hitTest(x, y);
          if (hit) handlers.current.onPick?.(hit);
        }}
        onPointerLeave={() => {
          renderer.current?.setHover(null);
          setHover(null);
        }}
        data-testid={testId ? `${testId}-canvas` : undefined}
      />
      {hover && tooltip ? (
        <div
          role="tooltip"
          data-testid={testId ? `${testId}-tooltip` : undefined}
          style={{
            position: 'absolute',
            left: hover.x + 14,
            top: hover.y + 14,
            pointerEvents: 'none',
            background: 'rgba(255,255,255,0.97)',
            border: '1px solid #d9d9d9',
            borderRadius: 6,
            padding: '6px 10px',
            boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
            maxWidth: 280,
            fontSize: 12,
            zIndex: 2,
          }}
        >
          {tooltip(hover.hit)}
        </div>
      ) : null}
    </div>
  );
}
