/** `npm run geo`: builds geo/provinces.geojson, geo/units-2025.geojson and geo/archipelagos.json, printing their sizes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGeo, GEO_SETTINGS } from '../geo/build-geo.ts';
import { asError } from '../../../lib/errors.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const cacheDir = join(root, '.cache/geo');
const outDir = join(root, 'geo');

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function write(name: string, text: string): void {
  const path = join(outDir, name);
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  console.log(`${relative(root, path)}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzipped`);
}

try {
  const build = buildGeo(cacheDir);
  mkdirSync(outDir, { recursive: true });
  write('provinces.geojson', build.provincesJson);
  write('units-2025.geojson', build.unitsJson);
  write('archipelagos.json', build.archipelagosJson);
  const parts = Object.entries(build.archipelagoParts).map(([id, n]) => `${id} ${n}`).join(', ');
  console.log(`vertices ${build.sourceVertices} → ${build.outputVertices} (minWeight ${GEO_SETTINGS.minWeight} deg², ${GEO_SETTINGS.decimals} decimals); island polygons: ${parts}`);
} catch (err) {
  console.error(`geo: ${asError(err).message}`);
  process.exitCode = 1;
}
