/**
 * The Hoàng Sa and Trường Sa archipelagos on a map: a mark on each island, filled like the
 * province (or unit) that holds it, and the archipelago's name in the sea above (see
 * archipelagos.ts). Each mark carries `data-archipelago`, `data-province` and `data-status`.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import L from 'leaflet';
import { CircleMarker, Marker, useMap } from 'react-leaflet';
import { markRadius, pxPerDegreeAtZoom, type ArchipelagoMarks } from './archipelagos.ts';
import type { ProvinceFill, ProvinceTip } from './ProvinceMap.tsx';
import { tipElement } from './tooltip.ts';

interface Props {
  marks: readonly ArchipelagoMarks[];
  /** The fill of each shape on the map, by code; a mark takes its parent's. */
  fills: ReadonlyMap<string, ProvinceFill>;
  /** The value of an SVG `fill` for a province's fill: its colour, or the hatch pattern. */
  paint: (fill: ProvinceFill) => string;
  /** The outline of the marks, set off from the sea of the map's theme. */
  stroke: string;
  /** The archipelago's name, in two lines: the name, then its province. */
  name: (id: ArchipelagoMarks['id']) => readonly [string, string];
  /** The parent's tooltip and click on each mark; without them the marks are not interactive. */
  tip?: (code: string) => ProvinceTip;
  onSelect?: (code: string) => void;
}

const NO_FILL: ProvinceFill = { status: 'none', color: '#dddddd' };

function labelIcon(lines: readonly [string, string], align: ArchipelagoMarks['label']['align']): L.DivIcon {
  const text = document.createElement('span');
  text.className = 'map-label-text';
  const [first, second] = lines.map((line) => { const s = document.createElement('span'); s.textContent = line; return s; });
  // The space keeps the two lines one phrase for screen readers and for text search.
  if (first && second) text.append(first, ' ', second);
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
  const circles = useRef(new Map<string, L.CircleMarker>());
  const tipRef = useRef(tip);
  const selectRef = useRef(onSelect);
  useEffect(() => { tipRef.current = tip; selectRef.current = onSelect; }, [tip, onSelect]);
  const icons = useMemo(() => new Map(marks.map((a) => [a.id, labelIcon(name(a.id), a.label.align)])), [marks, name]);

  useEffect(() => {
    for (const a of marks) {
      a.islands.forEach((_, i) => {
        const circle = circles.current.get(`${a.id}-${i}`);
        const el = circle?.getElement();
        if (!circle || !el) return;
        el.setAttribute('data-archipelago', a.slug);
        el.setAttribute('data-province', a.parent);
        el.setAttribute('data-status', (fills.get(a.parent) ?? NO_FILL).status);
        el.setAttribute('aria-hidden', 'true');
        if (interactive && !circle.getTooltip()) {
          circle.bindTooltip(() => tipElement(tipRef.current?.(a.parent) ?? { title: a.parent, lines: [] }), { sticky: true, className: 'map-tooltip' });
        }
      });
    }
  }, [marks, fills, interactive]);

  return marks.map((a) => {
    const fill = fills.get(a.parent) ?? NO_FILL;
    const style = { fillColor: paint(fill), fillOpacity: 1, color: stroke, weight: 1, interactive };
    return (
      <Fragment key={a.id}>
        {a.islands.map(([lon, lat], i) => (
          <CircleMarker key={`${a.id}-${i}`} center={[lat, lon]} radius={radius} pathOptions={style}
            ref={(c) => { if (c) circles.current.set(`${a.id}-${i}`, c); else circles.current.delete(`${a.id}-${i}`); }}
            eventHandlers={interactive ? { click: () => selectRef.current?.(a.parent) } : {}} />
        ))}
        <Marker position={[a.label.at[1], a.label.at[0]]} icon={icons.get(a.id)} interactive={false} keyboard={false} />
      </Fragment>
    );
  });
}
