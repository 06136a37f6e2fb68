/**
 * Pictures of a chart or a map, made to be shown elsewhere (slides, a wall, a report): at wall
 * resolution, with the title above and the as-of date and source below, in the picture itself.
 * Every text is set as an SVG text node, so nothing from the data can become markup; a PNG is the
 * same SVG drawn on a canvas. The SVG is built in a document of its own, apart from the page, and
 * never parsed in the page: the chart's markup carries style attributes, which the page's
 * Content-Security-Policy (rightly) refuses to parse.
 */
import type { Archipelago, ProvinceShapes } from '../map/geo-data.ts';
import type { ProvinceFill } from '../map/ProvinceMap.tsx';
import { CHART_FONT, echarts, withSettings, type ChartOption } from './echarts.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = CHART_FONT;

/** A picture's size in pixels (a wall screen by default) and its words. */
export interface PictureText { title: string; footer: string }
export const WALL = { width: 1920, height: 1080 } as const;
const HEAD = 96;
const FOOT = 64;

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

/** The whole picture: a white sheet, the title, `body` (SVG markup drawn in the box it is given), the footer. */
export function composePicture(body: (box: Box) => string, text: PictureText, size = WALL): string {
  const svg = el('svg', { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}` });
  svg.append(el('rect', { width: size.width, height: size.height, fill: '#ffffff' }));
  svg.append(el('text', { x: 48, y: 64, 'font-family': FONT, 'font-size': 40, 'font-weight': 700, fill: '#111111' }, text.title));
  svg.append(el('g', { 'data-body': '' }));
  svg.append(el('line', { x1: 48, x2: size.width - 48, y1: size.height - FOOT + 8, y2: size.height - FOOT + 8, stroke: '#c8d0d8', 'stroke-width': 2 }));
  svg.append(el('text', { x: 48, y: size.height - 22, 'font-family': FONT, 'font-size': 24, fill: '#444444' }, text.footer));
  const frame = new XMLSerializer().serializeToString(svg);
  return frame.replace(BODY, () => body({ x: 32, y: HEAD, width: size.width - 64, height: size.height - HEAD - FOOT }));
}

/** A chart drawn anew at the box's size (ECharts' server-side SVG, so the page's chart is untouched). */
export function chartBody(option: ChartOption): (box: Box) => string {
  return (box) => {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: box.width, height: box.height });
    try {
      chart.setOption(withSettings(option, { textStyle: { fontFamily: CHART_FONT, fontSize: 20 } }, () => ({ animation: false, tooltip: { show: false } })));
      // ECharts writes the text of the data escaped; the nested <svg> is placed in the box.
      return chart.renderToSVGString().replace(/^<svg\b/, `<svg x="${box.x}" y="${box.y}"`);
    } finally {
      chart.dispose();
    }
  };
}

type Ring = number[][];

/** The map drawn from its shapes in a plain projection (longitude scaled by the cosine of the middle latitude). */
export function mapBody(shapes: ProvinceShapes, fills: ReadonlyMap<string, ProvinceFill>, islands: readonly Archipelago[], labels: (id: Archipelago['id']) => string) {
  return (box: Box): string => {
    const rings = shapes.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)).flat() as Ring[];
    const pts = rings.flat();
    const [w, e] = [Math.min(...pts.map((p) => p[0] ?? 0)), Math.max(...pts.map((p) => p[0] ?? 0))];
    const [s, n] = [Math.min(...pts.map((p) => p[1] ?? 0)), Math.max(...pts.map((p) => p[1] ?? 0))];
    const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
    const scale = Math.min(box.width / ((e - w) * k), box.height / (n - s)) * 0.96;
    const x0 = box.x + (box.width - (e - w) * k * scale) / 2;
    const y0 = box.y + (box.height - (n - s) * scale) / 2;
    const px = (lon: number): number => x0 + (lon - w) * k * scale;
    const py = (lat: number): number => y0 + (n - lat) * scale;
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
      g.append(el('path', { d, fill: fill ? (fill.hatched ? 'url(#hatch)' : fill.color) : '#dddddd', stroke: '#ffffff', 'stroke-width': 1, 'fill-rule': 'evenodd', 'data-province': f.properties.code }));
    }
    for (const a of islands) {
      const [aw, as, ae, an] = a.bbox;
      g.append(el('rect', { x: px(aw - 0.35), y: py(an + 0.35), width: px(ae + 0.35) - px(aw - 0.35), height: py(as - 0.35) - py(an + 0.35), fill: 'none', stroke: '#0f2a44', 'stroke-dasharray': '6 6', 'stroke-width': 1.5 }));
      g.append(el('text', { x: px(ae + 0.35), y: py(as - 0.4) + 24, 'text-anchor': 'end', 'font-family': FONT, 'font-size': 18, 'font-weight': 700, fill: '#0f2a44' }, labels(a.id)));
    }
    return new XMLSerializer().serializeToString(g);
  };
}

/** The SVG text as a PNG of its own size. */
export async function svgToPng(svg: string, size = WALL): Promise<Blob> {
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
