/** The longest side of a derived copy: enough to read a gauge, small enough to print many. */
export const WATERMARK_MAX_SIDE = 1600;

export type WatermarkLayout = { fontSize: number; lineHeight: number; padding: number; bandHeight: number };

/**
 * How the watermark sits on a photo of this size: a dark band along the bottom with one line per
 * fact, its text scaled to the photo (legible on a thumbnail and on a printed page alike).
 */
export function watermarkLayout(width: number, height: number, lines: number): WatermarkLayout {
  const fontSize = Math.max(10, Math.round(Math.min(width, height) / 26));
  const lineHeight = Math.round(fontSize * 1.3);
  const padding = Math.round(fontSize * 0.5);
  return { fontSize, lineHeight, padding, bandHeight: lines * lineHeight + padding * 2 };
}

/** The size of the derived copy: the original's, scaled down to the longest side allowed. */
export function derivedSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, WATERMARK_MAX_SIDE / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Draws the band and its lines onto a canvas that already holds the photo. */
export function drawWatermark(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  lines: readonly string[],
): void {
  const layout = watermarkLayout(width, height, lines.length);
  ctx.fillStyle = 'rgba(0, 0, 0, 0.45)';
  ctx.fillRect(0, height - layout.bandHeight, width, layout.bandHeight);
  ctx.fillStyle = '#fff';
  ctx.textBaseline = 'top';
  ctx.font = `${layout.fontSize}px "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
  lines.forEach((line, i) => {
    ctx.fillText(
      line,
      layout.padding,
      height - layout.bandHeight + layout.padding + i * layout.lineHeight,
      width - layout.padding * 2,
    );
  });
}
