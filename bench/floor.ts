/**
 * The static floor page: the same 63 shapes the dashboard draws (geo/provinces.geojson), as inline
 * SVG, each with `data-province` and `data-status` and coloured by the overview's classes, and no
 * script at all. A cold load of it is the least any page showing that map can cost on this machine
 * and server: the dashboard's cold loads are reported as ratios to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import type { ProvinceShapes } from '../src/map/geo-data.ts';
import type { ShapeFill } from './expected.ts';

const WIDTH = 1000;
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Web Mercator, as Leaflet draws the dashboard's map. */
const mercator = ([lon = 0, lat = 0]: Position): [number, number] => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI];

/** The page's HTML: one SVG path per shape, in a box fitted to the shapes. */
export function floorPage(shapes: ProvinceShapes, fills: ReadonlyMap<string, ShapeFill>): string {
  const rings = (f: ProvinceShapes['features'][number]): Position[][] =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  const points = shapes.features.flatMap((f) => rings(f).flat().map(mercator));
  const [x0, x1] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const k = WIDTH / (x1 - x0);
  const height = Math.ceil((y1 - y0) * k);
  const d = (ring: Position[]): string => `M${ring.map((p) => { const [x, y] = mercator(p); return `${((x - x0) * k).toFixed(1)},${((y1 - y) * k).toFixed(1)}`; }).join('L')}Z`;
  const paths = shapes.features.map((f) => {
    const fill = fills.get(f.properties.code) ?? { status: 'none', color: '#dddddd' };
    return `<path data-province="${escape(f.properties.code)}" data-status="${escape(fill.status)}" fill="${escape(fill.color)}" stroke="#ffffff" stroke-width="0.8" d="${rings(f).map(d).join('')}"/>`;
  });
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Floor: 63 provinces as inline SVG</title></head>
<body><div data-testid="province-map"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" height="1000" role="img" aria-label="63 provinces">
${paths.join('\n')}
</svg></div></body></html>
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
