/**
 * The choropleth as plain SVG text, made without a browser: the map of the first screen (drawn at
 * build time, shown before any script runs) and of the benchmark's floor page. Web Mercator, as
 * Leaflet draws the live map; every shape carries `data-province` and `data-status` like the live
 * map's, and the Hoàng Sa and Trường Sa archipelagos are drawn as on screen: a mark on each island,
 * filled like its province, and the archipelago's name in the sea above it.
 */
import type { Position } from 'geojson';
import { fragment, markup, tag, type Markup } from '../lib/html.ts';
import { markRadius, type ArchipelagoMarks } from './archipelagos.ts';
import { NO_FILL, type ProvinceFill } from './fill.ts';
import type { ProvinceShapes } from './geo-data.ts';

/** An archipelago's name, line by line, in one language (`lang` is written on its text, so a page can show one language). */
export interface IslandName { lang?: string; lines: readonly string[] }

/** What the map is drawn from. */
export interface StaticMapInput {
  shapes: ProvinceShapes;
  fills: ReadonlyMap<string, ProvinceFill>;
  marks: readonly ArchipelagoMarks[];
  /** Each archipelago's name, in one or more languages. */
  names: (id: ArchipelagoMarks['id']) => readonly IslandName[];
  /** The SVG's accessible name. */
  label: string;
  /** The width of the drawing in SVG units (its height follows from the shapes). */
  width?: number;
}

const INK = '#1d2a36';
const HATCH = 'static-map-hatch';

/** Web Mercator, in degrees of a sphere (as Leaflet draws). */
const mercator = ([lon = 0, lat = 0]: Position): [number, number] => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI];

const ringsOf = (f: ProvinceShapes['features'][number]): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** The map as an `<svg>` element fitted to the shapes (with a margin for the names), scaled to its box by CSS. */
export function staticMapSvg({ shapes, fills, marks, names, label, width = 1000 }: StaticMapInput): Markup {
  const points = shapes.features.flatMap((f) => ringsOf(f).flat().map(mercator));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = width / (x1 - x0);
  const height = Math.ceil((y1 - y0) * k);
  const px = (p: Position): [number, number] => { const [x, y] = mercator(p); return [(x - x0) * k, (y1 - y) * k]; };
  const d = (ring: Position[]): string => `M${ring.map((p) => px(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
  const paint = (fill: ProvinceFill): string => (fill.hatched ? `url(#${HATCH})` : fill.color);
  const paths = shapes.features.map((f) => {
    const fill = fills.get(f.properties.code) ?? NO_FILL;
    return tag('path', { d: ringsOf(f).map(d).join(''), fill: paint(fill), stroke: '#ffffff', 'stroke-width': 0.8, 'fill-rule': 'evenodd',
      'data-province': f.properties.code, 'data-status': fill.status });
  });
  // Marks of a fixed size on the drawing, as on screen (pixels per degree of longitude is `k`).
  const r = markRadius(k);
  const islands = marks.map((a) => {
    const fill = fills.get(a.parent) ?? NO_FILL;
    const dots = a.islands.map((p) => { const [cx, cy] = px(p); return tag('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r: r.toFixed(1), fill: paint(fill), stroke: INK, 'stroke-width': 1,
      'data-archipelago': a.slug, 'data-status': fill.status }); });
    const [lx, ly] = px(a.label.at);
    const [x, y] = [lx + (a.label.align === 'end' ? r : 0), ly - r - 8];
    const texts = names(a.id).map((n) => tag('text', { x: x.toFixed(1), y: y.toFixed(1), lang: n.lang, 'text-anchor': a.label.align, 'font-size': 15, 'font-style': 'italic', 'font-weight': 600,
      fill: INK, stroke: '#ffffff', 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'data-archipelago-label': a.slug },
    // Spaces keep the lines one phrase for text search and screen readers, as on screen.
    ...n.lines.flatMap((line, i) => [i ? ' ' : null, tag('tspan', { x: x.toFixed(1), dy: i ? 18 : -18 * (n.lines.length - 1) }, line)])));
    return fragment(...dots, ...texts);
  });
  const hatch = tag('pattern', { id: HATCH, patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' },
    tag('rect', { width: 8, height: 8, fill: '#ffffff' }), tag('rect', { width: 4, height: 8, fill: '#9aa1a8' }));
  return tag('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' },
    tag('defs', {}, hatch), markup('\n'), fragment(...paths.flatMap((p) => [p, markup('\n')])), ...islands);
}
