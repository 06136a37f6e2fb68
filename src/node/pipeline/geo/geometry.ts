/** Plain planar geometry on lon/lat degrees, enough for the checks of the geo pipeline. */

/** A [lon, lat] position. */
export type Point = [number, number];
/** A closed ring: first position repeated at the end. */
export type Ring = Point[];
/** A polygon: outer ring then holes. */
export type PolygonRings = Ring[];
/** A bounding box [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** Signed shoelace area of a closed ring, in square degrees. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[i + 1] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area-weighted centroid of a closed ring. */
export function ringCentroid(ring: readonly Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[i + 1] as Point;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) throw new Error('centroid of a ring with no area');
  return [cx / (3 * a), cy / (3 * a)];
}

/** The polygon whose outer ring has the largest area (first one on a tie). */
export function largestPart(parts: readonly PolygonRings[]): PolygonRings {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (const part of parts) {
    const area = Math.abs(ringArea(part[0] ?? []));
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  if (!best) throw new Error('no polygon');
  return best;
}

/** Bounding box of every position of the given polygons. */
export function bboxOf(parts: readonly PolygonRings[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    for (const ring of part) {
      for (const [x, y] of ring) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

/** Whether every position of the polygon lies inside the box (edges included). */
export function insideBox(part: PolygonRings, [w, s, e, n]: BBox): boolean {
  return part.every((ring) => ring.every(([x, y]) => x >= w && x <= e && y >= s && y <= n));
}

/** Euclidean distance in degrees (only to compare nearby points). */
export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Rounds a ring to `decimals`, drops repeated positions and closes it again. */
export function roundRing(ring: readonly Point[], decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}
