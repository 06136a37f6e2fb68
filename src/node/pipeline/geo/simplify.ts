/**
 * Topology-preserving simplification: provinces become a TopoJSON topology, so a border shared
 * by two provinces is one arc simplified once (no gaps, no overlaps), then come back as polygons.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Arc, GeometryCollection, Topology } from 'topojson-specification';
import type { ProvinceShape } from './assign.ts';
import type { PolygonRings } from './geometry.ts';

/** Simplification settings, recorded in geo/SOURCE.md. */
export interface SimplifyOptions {
  /** Visvalingam effective area (square degrees, planar lon/lat) below which a vertex goes. */
  minWeight: number;
}

type Props = { code: string };

/**
 * Keeps, on every arc, the interior vertices that matter most (one on an open arc, two on a
 * closed one), so that no ring, however small, collapses below a triangle: an island ring is a
 * closed arc, and a ring made of two open arcs keeps at least four vertices.
 */
function keepEveryRing(arcs: Arc[]): void {
  for (const arc of arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last) continue;
    const closed = first[0] === last[0] && first[1] === last[1];
    const interior = arc.slice(1, -1).map((p, i) => ({ p, i }));
    interior.sort((a, b) => (b.p[2] ?? 0) - (a.p[2] ?? 0) || a.i - b.i);
    for (const { p } of interior.slice(0, closed ? 2 : 1)) p[2] = Infinity;
  }
}

/** Simplifies all provinces together; each keeps its number of polygons and rings, in order. */
export function simplifyProvinces(shapes: readonly ProvinceShape[], options: SimplifyOptions): Map<string, PolygonRings[]> {
  const input: FeatureCollection<MultiPolygon, Props> = {
    type: 'FeatureCollection',
    features: shapes.map((s): Feature<MultiPolygon, Props> => ({
      type: 'Feature',
      properties: { code: s.code },
      geometry: { type: 'MultiPolygon', coordinates: s.parts },
    })),
  };
  // No quantization: the source's shared borders already match vertex for vertex.
  const topo = topology({ provinces: input }) as Topology<{ provinces: GeometryCollection<Props> }>;
  const weighted = presimplify(topo);
  keepEveryRing(weighted.arcs);
  const simple = simplify(weighted, options.minWeight);
  const back = feature(simple, simple.objects.provinces);

  const out = new Map<string, PolygonRings[]>();
  for (const f of back.features) {
    const code = f.properties.code;
    const g = f.geometry;
    const parts = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : undefined;
    if (!parts) throw new Error(`${code}: simplification returned ${g.type}`);
    out.set(code, parts.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [x ?? NaN, y ?? NaN]))));
  }
  for (const s of shapes) {
    const parts = out.get(s.code);
    if (!parts || parts.length !== s.parts.length || parts.some((p, i) => p.length !== s.parts[i]?.length)) {
      throw new Error(`${s.code}: simplification changed the number of polygons or rings`);
    }
  }
  return out;
}
