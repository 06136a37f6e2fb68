/**
 * The Hoàng Sa and Trường Sa archipelagos on a map: a mark on each island, filled like the
 * province (or unit) that holds it, and the archipelago's name in the sea above (see
 * archipelagos.ts). Each mark is an SVG circle carrying `data-archipelago`, `data-province` and
 * `data-status`, in a marker of its own: it keeps its size in pixels at any zoom, and it is not a
 * `path`, so the provinces' shapes stay the only paths with `data-province`.
 */
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import L from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { markRadius, pxPerDegreeAtZoom, type ArchipelagoMarks } from './archipelagos.ts';
import { NO_FILL, type ProvinceFill, type ProvinceTip } from './fill.ts';
import { tipElement } from './tooltip.ts';

interface Props {
  marks: readonly ArchipelagoMarks[];
  /** The fill of each shape on the map, by code; a mark takes its parent's. */
  fills: ReadonlyMap<string, ProvinceFill>;
  /** The value of an SVG `fill` for a province's fill: its colour, or the hatch pattern. */
  paint: (fill: ProvinceFill) => string;
  /** The outline of the marks, set off from the sea of the map's theme. */
  stroke: string;
  /** The archipelago's name, line by line: the name, then its province. */
  name: (id: ArchipelagoMarks['id']) => readonly string[];
  /** The parent's tooltip and click on each mark; without them the marks are not interactive. */
  tip?: (code: string) => ProvinceTip;
  onSelect?: (code: string) => void;
}

const NS = 'http://www.w3.org/2000/svg';

/** An island's mark: a circle of radius `r` in an SVG of its own, centred on the marker's point (its fill set by `paintMark`). */
function markIcon(a: ArchipelagoMarks, stroke: string, r: number): { icon: L.DivIcon; circle: SVGCircleElement } {
  const size = Math.ceil(2 * r + 2);
  const svg = document.createElementNS(NS, 'svg');
  const circle = document.createElementNS(NS, 'circle');
  for (const [k, v] of Object.entries({ width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true' })) svg.setAttribute(k, String(v));
  const attrs = { cx: size / 2, cy: size / 2, r, stroke, 'stroke-width': 1, 'data-archipelago': a.slug, 'data-province': a.parent };
  for (const [k, v] of Object.entries(attrs)) circle.setAttribute(k, String(v));
  svg.append(circle);
  // Leaflet appends an Element given as `html` as it is (an SVG element is one).
  return { icon: L.divIcon({ className: 'island-mark', html: svg as unknown as HTMLElement, iconSize: [size, size] }), circle };
}

/** Fills a mark like its parent. */
function paintMark(circle: SVGCircleElement, fill: ProvinceFill, paint: string): void {
  circle.setAttribute('fill', paint);
  circle.setAttribute('data-status', fill.status);
}

function labelIcon(lines: readonly string[], align: ArchipelagoMarks['label']['align']): L.DivIcon {
  const text = document.createElement('span');
  text.className = 'map-label-text';
  // Spaces keep the lines one phrase for screen readers and for text search.
  lines.forEach((line, i) => { const s = document.createElement('span'); s.textContent = line; text.append(...(i ? [' '] : []), s); });
  const html = document.createElement('div');
  html.append(text);
  // A zero-size icon at the anchor point: the text is placed against it by CSS (app.css).
  return L.divIcon({ className: `map-label map-label-${align}`, html, iconSize: [0, 0] });
}

/** The archipelagos' island marks and names. */
export function ArchipelagoLayer({ marks, fills, paint, stroke, name, tip, onSelect }: Props) {
  const map = useMap();
  // Read from the map rather than kept in step with its events: the first fit may happen before
  // this layer listens.
  const subscribe = useCallback((changed: () => void) => { map.on('zoomend', changed); return () => { map.off('zoomend', changed); }; }, [map]);
  const zoom = useSyncExternalStore(subscribe, () => map.getZoom() ?? NaN);
  const radius = markRadius(pxPerDegreeAtZoom(zoom));
  const interactive = Boolean(tip ?? onSelect);
  const tipRef = useRef(tip);
  const selectRef = useRef(onSelect);
  useEffect(() => { tipRef.current = tip; selectRef.current = onSelect; }, [tip, onSelect]);
  const labels = useMemo(() => new Map(marks.map((a) => [a.id, labelIcon(name(a.id), a.label.align)])), [marks, name]);
  // An icon per island: Leaflet moves an icon's element into its marker, so it cannot be shared.
  // Made again only when the marks' size or outline changes; a new model or filter repaints them in place.
  const icons = useMemo(() => new Map(marks.map((a) => [a.id, a.islands.map(() => markIcon(a, stroke, radius))])), [marks, stroke, radius]);
  useLayoutEffect(() => {
    for (const a of marks) {
      const fill = fills.get(a.parent) ?? NO_FILL;
      for (const { circle } of icons.get(a.id) ?? []) paintMark(circle, fill, paint(fill));
    }
  }, [icons, marks, fills, paint]);
  // Bound once per marker; the content is built from the current data when the tooltip opens.
  const bindTip = useCallback((parent: string) => (m: L.Marker | null) => {
    if (m && interactive && !m.getTooltip()) m.bindTooltip(() => tipElement(tipRef.current?.(parent) ?? { title: parent, lines: [] }), { sticky: true, className: 'map-tooltip' });
  }, [interactive]);

  return marks.map((a) => (
    <Fragment key={a.id}>
      {a.islands.map(([lon, lat], i) => (
        <Marker key={i} position={[lat, lon]} icon={icons.get(a.id)?.[i]?.icon} interactive={interactive} keyboard={false} ref={bindTip(a.parent)}
          eventHandlers={interactive ? { click: () => selectRef.current?.(a.parent) } : {}} />
      ))}
      <Marker position={[a.label.at[1], a.label.at[0]]} icon={labels.get(a.id)} interactive={false} keyboard={false} />
    </Fragment>
  ));
}
