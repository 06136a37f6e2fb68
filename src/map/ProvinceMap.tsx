/**
 * The map of the 63 provinces (react-leaflet, no tile server): each shape is an SVG path that
 * carries `data-province` and `data-status`, is coloured by `fills`, shows a tooltip built from
 * text nodes, highlights on hover and focus, and opens the province on click or Enter.
 * The Hoàng Sa and Trường Sa archipelagos are always drawn, framed and labelled.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import L from 'leaflet';
import { GeoJSON, MapContainer, Marker, Rectangle, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useMessages } from '../i18n/i18n.ts';
import { MAP_MESSAGES } from './messages.ts';
import { archipelagoFrames, provinceShapes, type Archipelago, type ProvinceShapes } from './geo-data.ts';

/** How one province is drawn. */
export interface ProvinceFill {
  /** The class it is coloured by (written to `data-status`). */
  status: string;
  color: string;
  /** Fill pattern for states that must not rely on colour alone. */
  hatched?: boolean;
}

/** The tooltip of one province: a title and lines, all plain text. */
export interface ProvinceTip {
  title: string;
  lines: string[];
}

interface Props {
  fills: ReadonlyMap<string, ProvinceFill>;
  tip: (code: string) => ProvinceTip;
  onSelect?: (code: string) => void;
  /** A province to outline (the one a view is about). */
  highlight?: string;
  label: string;
}


const HATCH_ID = 'hatch-unknown';
const NO_FILL: ProvinceFill = { status: 'none', color: '#dddddd' };

function tipElement(tip: ProvinceTip): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = tip.title;
  root.append(title);
  for (const line of tip.lines) {
    const div = document.createElement('div');
    div.textContent = line;
    root.append(div);
  }
  return root;
}

/** Adds the SVG hatch pattern once to the map's SVG, for fills that must not rely on colour. */
function ensureHatch(svg: SVGSVGElement | null): void {
  if (!svg || svg.querySelector(`#${HATCH_ID}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', HATCH_ID);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '6');
  pattern.setAttribute('height', '6');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '6'); bg.setAttribute('height', '6'); bg.setAttribute('fill', '#ffffff');
  const stripe = document.createElementNS(ns, 'rect');
  stripe.setAttribute('width', '3'); stripe.setAttribute('height', '6'); stripe.setAttribute('fill', '#9aa1a8');
  pattern.append(bg, stripe);
  defs.append(pattern);
  svg.prepend(defs);
}

function FitBounds({ data }: { data: ProvinceShapes }) {
  const map = useMap();
  useEffect(() => {
    const fit = () => map.fitBounds(L.geoJSON(data).getBounds(), { padding: [8, 8], animate: false });
    fit();
    const observer = new ResizeObserver(() => { map.invalidateSize(); fit(); });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, data]);
  return null;
}

function Styler({ layer, fills, tip, highlight }: { layer: L.GeoJSON | null; fills: Props['fills']; tip: Props['tip']; highlight?: string }) {
  const map = useMap();
  useEffect(() => {
    if (!layer) return;
    ensureHatch(map.getPane('overlayPane')?.querySelector('svg') ?? null);
    layer.eachLayer((l) => {
      const path = l as L.Path & { feature?: { properties: { code: string } } };
      const code = path.feature?.properties.code ?? '';
      const fill = fills.get(code) ?? NO_FILL;
      const selected = code === highlight;
      path.setStyle({
        fillColor: fill.hatched ? `url(#${HATCH_ID})` : fill.color, fillOpacity: 1,
        color: selected ? '#111' : '#ffffff', weight: selected ? 3 : 0.8,
      });
      const el = path.getElement();
      if (el) {
        el.setAttribute('data-province', code);
        el.setAttribute('data-status', fill.status);
        const t = tip(code);
        el.setAttribute('aria-label', [t.title, ...t.lines].join('. '));
      }
      path.unbindTooltip();
      path.bindTooltip(tipElement(tip(code)), { sticky: true, className: 'map-tooltip' });
    });
  }, [layer, fills, tip, highlight, map]);
  return null;
}

/** The choropleth of the 63 provinces. */
export function ProvinceMap({ fills, tip, onSelect, highlight, label }: Props) {
  const m = useMessages(MAP_MESSAGES);
  const [data, setData] = useState<{ shapes: ProvinceShapes; islands: Archipelago[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [layer, setLayer] = useState<L.GeoJSON | null>(null);
  const selectRef = useRef(onSelect);
  useEffect(() => { selectRef.current = onSelect; }, [onSelect]);

  useEffect(() => {
    let live = true;
    Promise.all([provinceShapes(), archipelagoFrames()])
      .then(([shapes, islands]) => { if (live) setData({ shapes, islands }); })
      .catch((e: unknown) => { if (live) setFailed(e instanceof Error ? e.message : String(e)); });
    return () => { live = false; };
  }, []);

  const onEachFeature = useMemo(() => (feature: { properties: { code: string } }, l: L.Layer) => {
    const path = l as L.Path;
    const code = feature.properties.code;
    path.on({
      add: () => {
        const el = path.getElement();
        el?.setAttribute('tabindex', '0');
        el?.setAttribute('role', 'button');
        el?.addEventListener('keydown', (e) => {
          if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); selectRef.current?.(code); }
        });
        el?.addEventListener('focus', () => { path.setStyle({ weight: 3, color: '#111' }); path.openTooltip(); });
        el?.addEventListener('blur', () => { path.setStyle({ weight: 0.8, color: '#ffffff' }); path.closeTooltip(); });
      },
      mouseover: () => { path.setStyle({ weight: 3, color: '#111' }); path.bringToFront(); },
      mouseout: () => { path.setStyle({ weight: 0.8, color: '#ffffff' }); },
      click: () => selectRef.current?.(code),
    });
  }, []);

  if (failed) return <div className="map-frame" role="alert">{m.failed} ({failed})</div>;
  if (!data) return <div className="map-frame" role="status">{m.loading}</div>;
  const islandName = (id: Archipelago['id']): string => (id === 'hoang_sa' ? m.hoangSa : m.truongSa);
  return (
    <div className="map-frame" role="region" aria-label={label} data-testid="province-map">
      <MapContainer zoomSnap={0.25} zoomDelta={0.5} scrollWheelZoom={false} attributionControl={false} minZoom={4} maxZoom={10}
        preferCanvas={false} zoomAnimation={false} fadeAnimation={false} markerZoomAnimation={false}>
        <FitBounds data={data.shapes} />
        <GeoJSON data={data.shapes} onEachFeature={onEachFeature} ref={setLayer} />
        <Styler layer={layer} fills={fills} tip={tip} highlight={highlight} />
        {data.islands.map((a) => {
          const [w, s, e, n] = a.bbox;
          const name = islandName(a.id);
          const labelEl = document.createElement('span');
          labelEl.textContent = name;
          return (
            <Fragment key={a.id}>
              <Rectangle bounds={[[s - 0.35, w - 0.35], [n + 0.35, e + 0.35]]}
                pathOptions={{ color: '#0f2a44', weight: 1.2, dashArray: '4 4', fill: false, interactive: false }} />
              <Marker position={[s - 0.4, e + 0.35]} interactive={false} keyboard={false}
                icon={L.divIcon({ className: 'map-label', html: labelEl })} />
            </Fragment>
          );
        })}
      </MapContainer>
      <p className="map-attribution">{m.attribution}</p>
    </div>
  );
}
