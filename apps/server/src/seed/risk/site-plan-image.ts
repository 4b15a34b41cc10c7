import { deflateSync } from 'node:zlib';

/** A filled shape on the plan, in pixels. */
export type PlanShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; rgb: [number, number, number] }
  | { kind: 'circle'; cx: number; cy: number; r: number; rgb: [number, number, number] };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A site plan drawn as a plain RGB PNG (ground, roads, buildings, tanks): demo enterprises get a
 * real image to place their units on, made here so that no binary lives in the repository.
 */
export function drawSitePlan(width: number, height: number, shapes: readonly PlanShape[]): Buffer {
  const stride = width * 3 + 1;
  const pixels = Buffer.alloc(stride * height);
  const paint = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = y * stride + 1 + x * 3;
    pixels[i] = r;
    pixels[i + 1] = g;
    pixels[i + 2] = b;
  };
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) paint(x, y, [236, 239, 232]);
  for (const s of shapes) {
    if (s.kind === 'rect') {
      for (let y = s.y; y < s.y + s.h; y++) for (let x = s.x; x < s.x + s.w; x++) paint(x, y, s.rgb);
    } else {
      for (let y = s.cy - s.r; y <= s.cy + s.r; y++) {
        for (let x = s.cx - s.r; x <= s.cx + s.r; x++) {
          if ((x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2) paint(x, y, s.rgb);
        }
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Lays out `count` unit plots on a grid of a plan, returning the shapes and each plot's box. */
export function planLayout(width: number, height: number, count: number) {
  const road: [number, number, number] = [190, 190, 185];
  const building: [number, number, number] = [168, 178, 196];
  const tank: [number, number, number] = [150, 160, 175];
  const shapes: PlanShape[] = [
    { kind: 'rect', x: 0, y: Math.round(height / 2) - 14, w: width, h: 28, rgb: road },
    { kind: 'rect', x: Math.round(width / 2) - 14, y: 0, w: 28, h: height, rgb: road },
  ];
  const cols = Math.max(2, Math.ceil(Math.sqrt(count * (width / height))));
  const rows = Math.max(1, Math.ceil(count / cols));
  const cellW = width / cols;
  const cellH = height / rows;
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  for (let i = 0; i < count; i++) {
    const cx = (i % cols) * cellW;
    const cy = Math.floor(i / cols) * cellH;
    const box = {
      x: Math.round(cx + cellW * 0.15),
      y: Math.round(cy + cellH * 0.18),
      w: Math.round(cellW * 0.7),
      h: Math.round(cellH * 0.6),
    };
    boxes.push(box);
    if (i % 3 === 1) {
      shapes.push({
        kind: 'circle',
        cx: box.x + Math.round(box.w / 2),
        cy: box.y + Math.round(box.h / 2),
        r: Math.round(Math.min(box.w, box.h) / 2.4),
        rgb: tank,
      });
    } else {
      shapes.push({ kind: 'rect', ...box, rgb: building });
    }
  }
  return { shapes, boxes };
}
