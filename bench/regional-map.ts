// 区域四色图 with 20,000 enterprise points in real Chromium: the renderer of the map page
// (apps/web/src/features/supervision/map/canvas/map-renderer.ts, bundled as is) on a page with the
// demo county's boundaries and 20,000 synthetic points spread over its townships, panned by the
// mouse (real pointer events) at the fitted zoom and zoomed in. Frame times are the deltas between
// requestAnimationFrame callbacks while panning; draw times are the renderer's own drawNow().
// Usage: npx tsx bench/regional-map.ts   (prints JSON; BENCH_POINTS to change the count)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { demoBoundaryCollection } from '../apps/server/src/seed/supervision/demo-boundaries.ts';
import { demoTownships } from '../apps/server/src/seed/demo-county/index.ts';

const N = Number(process.env.BENCH_POINTS ?? 20_000);
const root = join(import.meta.dirname, '..');
const out = join(root, '.tmp/bench-regional-map');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'apps/web/src/features/supervision/map/canvas/map-renderer.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'MapBench',
  outfile: join(out, 'renderer.js'),
  logLevel: 'silent',
});

// Deterministic points: around the township centres, levels skewed like a real county (most low
// and general, a few significant and major).
let seed = 42;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const lng: number[] = [];
const lat: number[] = [];
const color: number[] = [];
for (let i = 0; i < N; i++) {
  const t = demoTownships[i % demoTownships.length];
  const c = t?.center ?? { lat: 31.9, lng: 118.8 };
  const r = Math.sqrt(rnd()) * 0.03;
  const a = rnd() * Math.PI * 2;
  lng.push(Math.round((c.lng + r * Math.cos(a) * 1.2) * 1e6) / 1e6);
  lat.push(Math.round((c.lat + r * Math.sin(a)) * 1e6) / 1e6);
  const x = rnd();
  color.push(x < 0.03 ? 4 : x < 0.12 ? 3 : x < 0.45 ? 2 : x < 0.95 ? 1 : 0);
}
const boundaries = demoBoundaryCollection().features.map((f) => ({
  code: f.properties.code,
  name: f.properties.name,
  level: f.properties.code.length === 6 ? 'county' : 'township',
  polygons: [f.geometry.coordinates],
}));
const shapes = [
  { kind: 'polygon', color: 4, rings: demoBoundaryCollection().features[3]?.geometry.coordinates ?? [] },
  { kind: 'point', color: 3, at: [118.8, 31.9] },
];

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><body style="margin:0">
<canvas id="map"></canvas>
<script src="renderer.js"></script>
<script>
const data = ${JSON.stringify({ boundaries, points: { lng, lat, color }, shapes })};
const canvas = document.getElementById('map');
const r = new MapBench.MapRenderer(canvas); window.r = r;
r.resize(1280, 800, 1);
r.setData(data.boundaries, data.points, data.shapes);
// The page's gestures, as MapCanvas wires them: drag pans, wheel zooms, hover hit-tests.
let drag = null;
canvas.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY }; });
canvas.addEventListener('pointerup', () => { drag = null; });
canvas.addEventListener('pointermove', (e) => {
  if (drag) { r.pan(e.clientX - drag.x, e.clientY - drag.y); drag = { x: e.clientX, y: e.clientY }; }
  else r.setHover(r.hitTest(e.clientX, e.clientY));
});
canvas.addEventListener('wheel', (e) => { e.preventDefault(); r.zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX, e.clientY); }, { passive: false });
// Frame recorder: rAF deltas and the renderer's draw times while recording.
window.frames = []; window.draws = []; let last = 0; let recording = false;
const origDraw = r.drawNow.bind(r);
r.drawNow = () => { origDraw(); if (recording) window.draws.push(r.lastDrawMs); };
function tick(t) { if (recording && last) window.frames.push(t - last); last = t; requestAnimationFrame(tick); }
requestAnimationFrame(tick);
window.startRecording = () => { window.frames = []; window.draws = []; last = 0; recording = true; };
window.stopRecording = () => { recording = false; return { frames: window.frames, draws: window.draws }; };
// What a pan shows through the cached point layer must be what a fresh paint shows: the pixels
// that differ visibly between the two (0 expected; compositing a layer rounds where translucent
// outlines overlap by up to 4 levels of 255, which is not counted).
window.layerDiff = () => {
  const ctx = canvas.getContext('2d');
  r.drawNow();
  const cached = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  r.setVisible(new Uint8Array(data.points.lng.length).fill(1));
  r.drawNow();
  const fresh = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let differ = 0;
  for (let i = 0; i < fresh.length; i += 4) {
    const d = Math.max(Math.abs(fresh[i] - cached[i]), Math.abs(fresh[i + 1] - cached[i + 1]), Math.abs(fresh[i + 2] - cached[i + 2]));
    if (d > 4) differ++;
  }
  return differ;
};
window.ready = true;
</script>`,
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { n: s.length, p50: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1] ?? 0) };
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  const pan = async (label: string) => {
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.evaluate(() => (window as unknown as { startRecording: () => void }).startRecording());
    // Three sweeps of 300 px each way: about 360 pointer moves, each followed by a frame.
    for (let k = 0; k < 3; k++) {
      await page.mouse.move(940, 520, { steps: 60 });
      await page.mouse.move(340, 280, { steps: 60 });
    }
    await page.mouse.up();
    const rec = await page.evaluate(() =>
      (window as unknown as { stopRecording: () => { frames: number[]; draws: number[] } }).stopRecording(),
    );
    const pixelsDifferingFromFreshPaint = await page.evaluate(() =>
      (window as unknown as { layerDiff: () => number }).layerDiff(),
    );
    return {
      scenario: label,
      frameMs: stats(rec.frames),
      drawMs: stats(rec.draws),
      pixelsDifferingFromFreshPaint,
    };
  };
  const results = [await pan('pan, whole county (all points in view)')];
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(100);
  results.push(await pan('pan, zoomed in ×6 (points culled to the view)'));
  const hover = await page.evaluate(() => {
    const r = (window as unknown as { r: { hitTest: (x: number, y: number) => unknown } }).r;
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) r.hitTest((i * 37) % 1280, (i * 53) % 800);
    return (performance.now() - t0) / 10_000;
  });
  console.log(
    JSON.stringify(
      { points: N, viewport: '1280×800 @1x', results, hitTestMs: Math.round(hover * 10_000) / 10_000 },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
