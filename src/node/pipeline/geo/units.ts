/**
 * The shapes of the 34 provincial units in force since 1 July 2025: each the union of its member
 * provinces' shapes. The provinces are made into one topology, where a border two provinces share
 * is one arc, and each unit is merged from its members (`topojson-client`'s `merge`), which drops
 * the arcs inside the unit. No shape is drawn by hand.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { PROVINCES, UNITS_2025 } from '../../../domain/provinces.ts';
import { ringArea, type PolygonRings } from './geometry.ts';

type Props = { code: string };

/** Area of polygons in square degrees (outer rings minus holes). */
export function partsArea(parts: readonly PolygonRings[]): number {
  return parts.reduce((sum, p) => sum + p.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0), 0);
}

/**
 * The 34 units' polygons, by unit code, from the 63 provinces' (already simplified and rounded,
 * so that neighbours share their border vertex for vertex). Throws when a unit's union is not
 * exactly its members' area or leaves a member's border inside it.
 */
export function mergeUnits(provinces: ReadonlyMap<string, readonly PolygonRings[]>): Map<string, PolygonRings[]> {
  const input: FeatureCollection<MultiPolygon, Props> = {
    type: 'FeatureCollection',
    features: PROVINCES.map((p): Feature<MultiPolygon, Props> => {
      const parts = provinces.get(p.code);
      if (!parts?.length) throw new Error(`${p.code}: no shape to merge into its 2025 unit`);
      return { type: 'Feature', properties: { code: p.code }, geometry: { type: 'MultiPolygon', coordinates: parts.map((x) => x.map((r) => [...r])) } };
    }),
  };
  const topo = topology({ provinces: input }) as Topology<{ provinces: GeometryCollection<Props> }>;
  const geometries = topo.objects.provinces.geometries as (TopoPolygon<Props> | TopoMultiPolygon<Props>)[];

  const out = new Map<string, PolygonRings[]>();
  for (const unit of UNITS_2025) {
    const members = PROVINCES.filter((p) => p.unit2025 === unit.code).map((p) => p.code);
    const merged = merge(topo, geometries.filter((g) => members.includes(g.properties?.code ?? '')));
    const parts = merged.coordinates.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [x ?? NaN, y ?? NaN] as [number, number])));
    const expected = members.reduce((sum, code) => sum + partsArea(provinces.get(code) ?? []), 0);
    const area = partsArea(parts);
    if (Math.abs(area - expected) > 1e-9 * Math.max(1, expected)) {
      throw new Error(`unit ${unit.code}: the union's area ${area} differs from its members' ${expected}`);
    }
    // Merged neighbours become one polygon: as many polygons as the members had, less one per
    // shared border. More means a border was left inside the unit (the shapes do not meet).
    const memberParts = members.reduce((n, code) => n + (provinces.get(code)?.length ?? 0), 0);
    if (members.length > 1 && parts.length > memberParts - (members.length - 1)) {
      throw new Error(`unit ${unit.code}: ${parts.length} polygons from ${memberParts} member polygons: its members' shapes do not meet`);
    }
    out.set(unit.code, parts);
  }
  return out;
}
