/**
 * A uniform grid over points for hit-testing: each cell lists the indexes of the points in it, so
 * finding the point under the cursor looks at a few cells instead of 20,000 points.
 */
export class GridIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly minX: number;
  private readonly minY: number;
  private readonly size: number;
  private readonly cols: number;

  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    cellSize?: number,
  ) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
    this.minX = minX;
    this.minY = minY;
    // About 128 cells across the longer side unless told otherwise.
    this.size = cellSize ?? Math.max((Math.max(maxX - minX, maxY - minY) || 1) / 128, 1e-9);
    this.cols = Math.floor((maxX - minX) / this.size) + 1;
    for (let i = 0; i < xs.length; i++) {
      const key = this.keyOf(xs[i] as number, ys[i] as number);
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    }
  }

  private col(x: number) {
    return Math.floor((x - this.minX) / this.size);
  }

  private row(y: number) {
    return Math.floor((y - this.minY) / this.size);
  }

  private keyOf(x: number, y: number) {
    return this.row(y) * this.cols + this.col(x);
  }

  /**
   * The nearest point within `radius` of (x, y) that `accept` lets through (visible under the
   * filters), or -1.
   */
  nearest(x: number, y: number, radius: number, accept: (i: number) => boolean = () => true): number {
    let best = -1;
    let bestD = radius * radius;
    const c0 = Math.max(0, this.col(x - radius));
    const c1 = Math.min(this.cols - 1, this.col(x + radius));
    const r0 = this.row(y - radius);
    const r1 = this.row(y + radius);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const cell = this.cells.get(r * this.cols + c);
        if (!cell) continue;
        for (const i of cell) {
          const dx = (this.xs[i] as number) - x;
          const dy = (this.ys[i] as number) - y;
          const d = dx * dx + dy * dy;
          if (d <= bestD && accept(i)) {
            bestD = d;
            best = i;
          }
        }
      }
    return best;
  }
}
