/**
 * Builds geo/provinces.geojson and geo/archipelagos.json from Natural Earth 10m admin-1:
 * fetch, map by ISO code with checks, correct, simplify by topology, round, verify, serialise.
 */
import { assignProvinces, isWanted, type ProvinceShape } from './assign.ts';
import { findCrossings } from './check-crossings.ts';
import { ARCHIPELAGOS } from './expectations.ts';
import { bboxOf, insideBox, ringArea, roundRing, type BBox, type Point, type PolygonRings } from './geometry.ts';
import { simplifyProvinces } from './simplify.ts';
import { mergeUnits } from './units.ts';
import { fetchAdmin1, readAdmin1 } from './source.ts';

/** Settings of the build, recorded in geo/SOURCE.md. */
export const GEO_SETTINGS = {
  /** Decimals kept in coordinates (1e-4° is about 11 m). */
  decimals: 4,
  // On a 3840×2160 wall showing the whole country a pixel is about 0.0075°, so a triangle of
  // 1e-5 deg² is under a fifth of a pixel: nothing visible goes.
  /** Visvalingam threshold in square degrees (planar lon/lat). */
  minWeight: 1e-5,
} as const;

/** One entry of geo/archipelagos.json. */
export interface ArchipelagoEntry {
  id: 'hoang_sa' | 'truong_sa';
  province: string;
  bbox: BBox;
  label: Point;
}

/** The serialised outputs and a few counts for the log. */
export interface GeoBuild {
  provincesJson: string;
  /** The 34 units of 2025, each the union of its members' shapes. */
  unitsJson: string;
  archipelagosJson: string;
  sourceVertices: number;
  outputVertices: number;
  archipelagoParts: Record<string, number>;
}

const countVertices = (parts: readonly PolygonRings[]): number => parts.flat().reduce((n, ring) => n + ring.length, 0);

function roundParts(code: string, parts: readonly PolygonRings[]): PolygonRings[] {
  return parts.map((polygon) => polygon.map((ring) => {
    const out = roundRing(ring, GEO_SETTINGS.decimals);
    if (out.length < 4 || ringArea(out) === 0) throw new Error(`${code}: a ring collapsed after simplification`);
    return out;
  }));
}

function archipelagoEntry(shape: ProvinceShape, parts: readonly PolygonRings[]): ArchipelagoEntry {
  const a = shape.archipelago;
  const rule = ARCHIPELAGOS.find((r) => r.id === a?.id);
  if (!a || !rule) throw new Error(`${shape.code}: no archipelago`);
  const islands = parts.slice(a.start, a.end);
  if (islands.length !== a.end - a.start || !islands.every((p) => insideBox(p, rule.window))) {
    throw new Error(`${a.id}: island parts lost or moved in simplification`);
  }
  const bbox = bboxOf(islands);
  const label: Point = [Math.round((bbox[0] + bbox[2]) * 50) / 100, Math.round((bbox[1] + bbox[3]) * 50) / 100];
  return { id: a.id, province: shape.code, bbox, label };
}

const geometryJson = (parts: readonly PolygonRings[]): string =>
  parts.length === 1
    ? JSON.stringify({ type: 'Polygon', coordinates: parts[0] })
    : JSON.stringify({ type: 'MultiPolygon', coordinates: parts });

/** Runs the whole build with the tarball cached in `cacheDir`; throws on any check that fails. */
export function buildGeo(cacheDir: string): GeoBuild {
  const source = readAdmin1(fetchAdmin1(cacheDir), isWanted);
  const shapes = assignProvinces(source);
  const simplified = simplifyProvinces(shapes, { minWeight: GEO_SETTINGS.minWeight });

  const rounded = new Map<string, PolygonRings[]>();
  for (const s of shapes) rounded.set(s.code, roundParts(s.code, simplified.get(s.code) ?? []));
  const crossings = findCrossings(rounded);
  if (crossings.length) throw new Error(`crossing edges after simplification: ${crossings.slice(0, 10).join('; ')}`);

  const archipelagos = shapes
    .filter((s) => s.archipelago)
    .map((s) => archipelagoEntry(s, rounded.get(s.code) ?? []))
    .sort((a, b) => ARCHIPELAGOS.findIndex((r) => r.id === a.id) - ARCHIPELAGOS.findIndex((r) => r.id === b.id));
  if (archipelagos.length !== ARCHIPELAGOS.length) throw new Error('an archipelago is missing');

  const featureLine = (code: string, parts: readonly PolygonRings[]): string =>
    `{"type":"Feature","properties":${JSON.stringify({ code })},"geometry":${geometryJson(parts)}}`;
  const lines = shapes.map((s) => featureLine(s.code, rounded.get(s.code) ?? []));
  const unitLines = [...mergeUnits(rounded)].map(([code, parts]) => featureLine(code, parts));
  const archipelagoParts: Record<string, number> = {};
  for (const s of shapes) if (s.archipelago) archipelagoParts[s.archipelago.id] = s.archipelago.end - s.archipelago.start;
  return {
    provincesJson: `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`,
    unitsJson: `{"type":"FeatureCollection","features":[\n${unitLines.join(',\n')}\n]}\n`,
    archipelagosJson: `[\n${archipelagos.map((a) => `  ${JSON.stringify(a)}`).join(',\n')}\n]\n`,
    sourceVertices: shapes.reduce((n, s) => n + countVertices(s.parts), 0),
    outputVertices: [...rounded.values()].reduce((n, parts) => n + countVertices(parts), 0),
    archipelagoParts,
  };
}
