/**
 * Pictures of a chart or a map, made to be shown elsewhere (slides, a wall, a report): at wall
 * resolution, with the title above and the as-of date and source below, in the picture itself.
 * Every text is set as an SVG text node, so nothing from the data can become markup; a PNG is the
 * same SVG drawn on a canvas. The SVG is built in a document of its own, apart from the page, and
 * never parsed in the page: the chart's markup carries style attributes, which the page's
 * Content-Security-Policy (rightly) refuses to parse.
 */
import { markRadius, type ArchipelagoMarks } from '../map/archipelagos.ts';
import type { ProvinceShapes } from '../map/geo-data.ts';
import type { MapLegend } from '../map/legend.ts';
import type { ProvinceFill } from '../map/fill.ts';
import { CHART_FONT, withSettings, type ChartOption } from './chart-settings.ts';
import { loadECharts } from './load-echarts.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = CHART_FONT;

/** A picture's size in pixels (a wall screen by default) and its words. */
export interface PictureText { title: string; footer: string }
export const WALL = { width: 1920, height: 1080 } as const;
const HEAD = 96;
const FOOT = 64;

/** The width of a picture's body (what `chartBody` and `mapBody` draw in), and the size of its text. */
export const PICTURE_BODY = { width: WALL.width - 64, fontPx: 20 } as const;

/** The size of a picture whose body needs `bodyHeight` pixels: the wall's, or taller (a long list of bars). */
export const pictureSize = (bodyHeight: number): { width: number; height: number } =>
  ({ width: WALL.width, height: Math.max(WALL.height, Math.ceil(bodyHeight) + HEAD + FOOT) });

/** A document apart from the page, where the pictures' elements are made. */
let sheet: XMLDocument | undefined;
function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  sheet ??= document.implementation.createDocument(NS, 'svg', null);
  const e = sheet.createElementNS(NS, name) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A box of the picture, in pixels. */
export interface Box { x: number; y: number; width: number; height: number }

const BODY = '<g data-body=""/>';

/** A picture's title naming the filters in force ("Map · Group II · 34 provinces"); empty ones are left out. */
export const pictureTitle = (title: string, ...filters: readonly (string | false | null | undefined)[]): string =>
  [title, ...filters.filter((f): f is string => Boolean(f))].join(' · ');

/** The whole picture: a white sheet, the title, `body` (SVG markup drawn in the box it is given), the footer. */
export async function composePicture(body: PictureBody, text: PictureText, size: { width: number; height: number } = WALL): Promise<string> {
  const svg = el('svg', { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}` });
  svg.append(el('rect', { width: size.width, height: size.height, fill: '#ffffff' }));
  svg.append(el('text', { x: 48, y: 64, 'font-family': FONT, 'font-size': 40, 'font-weight': 700, fill: '#111111' }, text.title));
  svg.append(el('g', { 'data-body': '' }));
  svg.append(el('line', { x1: 48, x2: size.width - 48, y1: size.height - FOOT + 8, y2: size.height - FOOT + 8, stroke: '#c8d0d8', 'stroke-width': 2 }));
  svg.append(el('text', { x: 48, y: size.height - 22, 'font-family': FONT, 'font-size': 24, fill: '#444444' }, text.footer));
  const frame = new XMLSerializer().serializeToString(svg);
  const inner = await body({ x: 32, y: HEAD, width: size.width - 64, height: size.height - HEAD - FOOT });
  return frame.replace(BODY, () => inner);
}

/** A picture's body: SVG markup drawn in the box it is given (a chart's once ECharts is loaded). */
export type PictureBody = (box: Box) => string | Promise<string>;

/** A chart drawn anew at the box's size (ECharts' server-side SVG, so the page's chart is untouched). */
export function chartBody(option: ChartOption): (box: Box) => Promise<string> {
  return async (box) => {
    const echarts = await loadECharts(option);
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: box.width, height: box.height });
    try {
      chart.setOption(withSettings(option, { textStyle: { fontFamily: CHART_FONT, fontSize: PICTURE_BODY.fontPx } }, () => ({ animation: false, tooltip: { show: false } })));
      // ECharts writes the text of the data escaped; the nested <svg> is placed in the box.
      return chart.renderToSVGString().replace(/^<svg\b/, `<svg x="${box.x}" y="${box.y}"`);
    } finally {
      chart.dispose();
    }
  };
}

type Ring = number[][];

const INK = '#0f2a44';
// The legend's column beside the map: a gap and the longest label at the legend's size.
const LEGEND_WIDTH = 640;
const SWATCH = 34;
const LEGEND_ROW = 52;

/** The legend, top left at (x, y): an optional title, then a swatch and a line of text per item. */
function legendGroup(legend: MapLegend, x: number, y: number): SVGGElement {
  const g = el('g', { 'data-legend': '' });
  let top = y;
  if (legend.title) {
    g.append(el('text', { x, y: top + 26, 'font-family': FONT, 'font-size': 26, 'font-weight': 700, fill: '#111111' }, legend.title));
    top += LEGEND_ROW;
  }
  legend.items.forEach((item, i) => {
    const fill = item.hatched ? 'url(#hatch)' : item.to ? `url(#legend-gradient-${i})` : item.color;
    if (item.to) {
      const gradient = el('linearGradient', { id: `legend-gradient-${i}` });
      gradient.append(el('stop', { offset: 0, 'stop-color': item.color }), el('stop', { offset: 1, 'stop-color': item.to }));
      g.append(gradient);
    }
    g.append(el('rect', { x, y: top, width: SWATCH, height: SWATCH, rx: 4, fill, stroke: '#6b7580', 'stroke-width': 1 }));
    g.append(el('text', { x: x + SWATCH + 16, y: top + SWATCH - 8, 'font-family': FONT, 'font-size': 26, fill: '#111111', 'data-legend-item': '' }, item.label));
    top += LEGEND_ROW;
  });
  return g;
}

/**
 * The map drawn from its shapes in a plain projection (longitude scaled by the cosine of the middle
 * latitude), the archipelagos' marks and names as on screen, and the legend to the right of it.
 */
export function mapBody(shapes: ProvinceShapes, fills: ReadonlyMap<string, ProvinceFill>, marks: readonly ArchipelagoMarks[],
  names: (id: ArchipelagoMarks['id']) => readonly string[], legend?: MapLegend) {
  return (box: Box): string => {
    const rings = shapes.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)).flat() as Ring[];
    const pts = rings.flat();
    const [w, e] = [Math.min(...pts.map((p) => p[0] ?? 0)), Math.max(...pts.map((p) => p[0] ?? 0))];
    const [s, n] = [Math.min(...pts.map((p) => p[1] ?? 0)), Math.max(...pts.map((p) => p[1] ?? 0))];
    const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
    // With a legend, the map and the legend's column beside it are centred together.
    const column = legend ? LEGEND_WIDTH : 0;
    const scale = Math.min((box.width - column) / ((e - w) * k), box.height / (n - s)) * 0.96;
    const x0 = box.x + (box.width - column - (e - w) * k * scale) / 2;
    const y0 = box.y + (box.height - (n - s) * scale) / 2;
    const px = (lon: number): number => x0 + (lon - w) * k * scale;
    const py = (lat: number): number => y0 + (n - lat) * scale;
    const paint = (fill: ProvinceFill | undefined): string => (fill ? (fill.hatched ? 'url(#hatch)' : fill.color) : '#dddddd');
    const g = el('g', {});
    const defs = el('defs', {});
    const pattern = el('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' });
    pattern.append(el('rect', { width: 8, height: 8, fill: '#ffffff' }), el('rect', { width: 4, height: 8, fill: '#9aa1a8' }));
    defs.append(pattern);
    g.append(defs);
    for (const f of shapes.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const d = polys.flat().map((ring) => `M${(ring as Ring).map((p) => `${px(p[0] ?? 0).toFixed(1)},${py(p[1] ?? 0).toFixed(1)}`).join('L')}Z`).join('');
      const fill = fills.get(f.properties.code);
      g.append(el('path', { d, fill: paint(fill), stroke: '#ffffff', 'stroke-width': 1, 'fill-rule': 'evenodd', 'data-province': f.properties.code, 'data-status': fill?.status ?? 'none' }));
    }
    const r = markRadius(k * scale);
    for (const a of marks) {
      const fill = fills.get(a.parent);
      for (const [lon, lat] of a.islands) {
        g.append(el('circle', { cx: px(lon).toFixed(1), cy: py(lat).toFixed(1), r: r.toFixed(1), fill: paint(fill), stroke: INK, 'stroke-width': 1.2,
          'data-archipelago': a.slug, 'data-province': a.parent, 'data-status': fill?.status ?? 'none' }));
      }
      // The name above the islands, line by line, haloed in white so that nothing runs through it.
      const [x, y] = [px(a.label.at[0]) + (a.label.align === 'end' ? r : 0), py(a.label.at[1]) - r - 10];
      const text = el('text', { x, y, 'text-anchor': a.label.align, 'font-family': FONT, 'font-size': 22, 'font-style': 'italic', 'font-weight': 600, fill: INK,
        stroke: '#ffffff', 'stroke-width': 5, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'data-archipelago-label': a.slug });
      const lines = names(a.id);
      // Spaces keep the lines one phrase for text search, as on screen.
      lines.forEach((line, i) => text.append(...(i ? [' '] : []), el('tspan', { x, dy: i ? 26 : -26 * (lines.length - 1) }, line)));
      g.append(text);
    }
    if (legend) g.append(legendGroup(legend, px(e) + 64, box.y + 24));
    return new XMLSerializer().serializeToString(g);
  };
}

/** The SVG text as a PNG of its own size. */
export async function svgToPng(svg: string, size: { width: number; height: number } = WALL): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(size.width, size.height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, size.width, size.height);
    return await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('the picture could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
