/** Finds edges that cross each other, the sign of overlapping or self-intersecting polygons. */
import type { Point, PolygonRings } from './geometry.ts';

type Segment = { a: Point; b: Point; code: string };

const orient = (a: Point, b: Point, c: Point): number => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

// Strict crossing only: edges meeting at a vertex, or a border shared by two provinces, are fine.
const crosses = (s: Segment, t: Segment): boolean =>
  orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 && orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0;

/** Every pair of crossing edges, as "code@lon,lat" descriptions (empty when the map is clean). */
export function findCrossings(shapes: ReadonlyMap<string, PolygonRings[]>, cell = 0.05): string[] {
  const segments: Segment[] = [];
  for (const [code, parts] of shapes) {
    for (const ring of parts.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) segments.push({ a: ring[i] as Point, b: ring[i + 1] as Point, code });
    }
  }
  const grid = new Map<string, number[]>();
  segments.forEach((s, i) => {
    const [x0, x1] = [Math.floor(Math.min(s.a[0], s.b[0]) / cell), Math.floor(Math.max(s.a[0], s.b[0]) / cell)];
    const [y0, y1] = [Math.floor(Math.min(s.a[1], s.b[1]) / cell), Math.floor(Math.max(s.a[1], s.b[1]) / cell)];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
    }
  });
  const found = new Set<string>();
  for (const list of grid.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const s = segments[list[i] as number] as Segment;
        const t = segments[list[j] as number] as Segment;
        if (crosses(s, t)) found.add(`${s.code}/${t.code}@${s.a[0]},${s.a[1]}`);
      }
    }
  }
  return [...found].sort();
}
