/**
 * The static floor page: the same 63 shapes the dashboard draws (geo/provinces.geojson), as inline
 * SVG (drawn as the first screen draws them, with the archipelagos' marks), each with `data-province`
 * and `data-status` and coloured by the overview's classes, and no script at all. A cold load of it is the least any page showing that map can cost on this machine
 * and server: the dashboard's cold loads are reported as ratios to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { archipelagoMarks } from '../src/map/archipelagos.ts';
import type { Archipelago, ProvinceShapes } from '../src/map/geo-data.ts';
import { staticMapSvg } from '../src/map/static-map.ts';
import type { ShapeFill } from './expected.ts';

/** The page's HTML: the map as the first screen draws it (src/map/static-map.ts), alone. */
export function floorPage(shapes: ProvinceShapes, archipelagos: readonly Archipelago[], fills: ReadonlyMap<string, ShapeFill>): string {
  const svg = staticMapSvg({ shapes, fills, marks: archipelagoMarks(shapes, archipelagos, (code) => code), names: () => [], label: 'Floor: 63 provinces as inline SVG' });
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Floor: 63 provinces as inline SVG</title></head>
<body><div data-testid="province-map">${svg.html}</div></body></html>
`;
}

/** Writes the page as `<dir>/index.html` with the brotli and gzip twins the server sends, as the build does for the app. */
export function writeFloorPage(dir: string, html: string): void {
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'index.html');
  writeFileSync(file, html);
  writeFileSync(`${file}.br`, brotliCompressSync(html));
  writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
}
