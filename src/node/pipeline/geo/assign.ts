/**
 * Maps source features to the 63 province codes by ISO code, checks each against its expected
 * place, and applies the corrections: archipelagos joined to their provinces, misfiled islands moved.
 */
import { PROVINCES } from '../../../domain/provinces.ts';
import {
  ARCHIPELAGOS, CENTROID_TOLERANCE, EXPECTED_CENTROIDS, ISLAND_TRANSFERS, type ArchipelagoRule,
} from './expectations.ts';
import { distance, insideBox, largestPart, ringCentroid, type PolygonRings } from './geometry.ts';
import type { SourceFeature } from './source.ts';

/** One province's polygons, with where its archipelago parts (if any) sit among them. */
export interface ProvinceShape {
  code: string;
  parts: PolygonRings[];
  /** Archipelago id and the index range [start, end) of its parts in `parts`. */
  archipelago?: { id: ArchipelagoRule['id']; start: number; end: number };
}

/** Whether a source feature is needed: a Vietnamese province or one of the archipelagos. */
export const isWanted = (iso: string): boolean =>
  iso.startsWith('VN-') || ARCHIPELAGOS.some((a) => a.sourceCode === iso);

const fmt = (p: readonly number[]): string => p.map((v) => v.toFixed(3)).join(', ');

function checkCentroid(code: string, parts: PolygonRings[]): void {
  const outer = largestPart(parts)[0];
  if (!outer) throw new Error(`${code}: empty polygon`);
  const c = ringCentroid(outer);
  const own = EXPECTED_CENTROIDS[code];
  if (!own) throw new Error(`${code}: no expected centroid`);
  let nearest = code;
  for (const [other, p] of Object.entries(EXPECTED_CENTROIDS)) {
    if (distance(c, p) < distance(c, EXPECTED_CENTROIDS[nearest] ?? own)) nearest = other;
  }
  const d = distance(c, own);
  if (nearest !== code || d > CENTROID_TOLERANCE) {
    throw new Error(`${code}: main part centred at ${fmt(c)}, ${d.toFixed(2)}° from its expected ${fmt(own)}; nearest expected is ${nearest}`);
  }
}

/** Returns the 63 province shapes in the order of PROVINCES; throws on any mismatch. */
export function assignProvinces(source: readonly SourceFeature[]): ProvinceShape[] {
  const byIso = new Map<string, SourceFeature>();
  for (const f of source) {
    if (byIso.has(f.iso)) throw new Error(`source has ${f.iso} twice`);
    byIso.set(f.iso, f);
  }
  const codes = new Set(PROVINCES.map((p) => p.code));
  const extra = [...byIso.keys()].filter((iso) => iso.startsWith('VN-') && !codes.has(iso));
  const missing = [...codes].filter((c) => !byIso.has(c));
  if (extra.length || missing.length) {
    throw new Error(`source provinces differ: extra [${extra.join(' ')}], missing [${missing.join(' ')}]`);
  }
  if (Object.keys(EXPECTED_CENTROIDS).length !== codes.size) throw new Error(`expected centroid table is not ${codes.size} long`);

  const shapes = new Map<string, ProvinceShape>();
  for (const { code } of PROVINCES) {
    const parts = (byIso.get(code) as SourceFeature).parts.slice();
    checkCentroid(code, parts);
    shapes.set(code, { code, parts });
  }

  for (const t of ISLAND_TRANSFERS) {
    const from = shapes.get(t.from);
    const to = shapes.get(t.to);
    if (!from || !to) throw new Error(`${t.island}: unknown province`);
    const hits = from.parts.filter((p) => insideBox(p, t.window));
    if (hits.length !== 1) throw new Error(`${t.island}: ${hits.length} parts of ${t.from} in [${fmt(t.window)}], expected 1`);
    const island = hits[0] as PolygonRings;
    from.parts = from.parts.filter((p) => p !== island);
    to.parts.push(island);
  }

  // Archipelagos go last so their parts keep a known index range through simplification.
  for (const a of ARCHIPELAGOS) {
    const feature = byIso.get(a.sourceCode);
    const shape = shapes.get(a.province);
    if (!feature || !shape) throw new Error(`${a.id}: source feature ${a.sourceCode} or province ${a.province} missing`);
    const stray = feature.parts.filter((p) => !insideBox(p, a.window));
    if (stray.length) throw new Error(`${a.id}: ${stray.length} parts of ${a.sourceCode} outside [${fmt(a.window)}]`);
    const start = shape.parts.length;
    shape.parts.push(...feature.parts);
    shape.archipelago = { id: a.id, start, end: shape.parts.length };
  }
  return PROVINCES.map((p) => shapes.get(p.code) as ProvinceShape);
}
