/**
 * The map of the 63 provinces, or of the 34 units of 2025 (react-leaflet, no tile server): each
 * shape is an SVG path that carries `data-province` and `data-status`, is coloured by `fills`,
 * shows a tooltip built from text nodes, highlights on hover and focus, and opens the province
 * (or unit) on click or Enter.
 * The Hoàng Sa and Trường Sa archipelagos are always drawn: a mark on each island, filled like
 * its province, and their names in the sea (ArchipelagoLayer.tsx).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import L from 'leaflet';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { mapBody } from '../charts/picture.ts';
import { PictureButtons } from '../components/PictureButtons.tsx';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { ArchipelagoLayer } from './ArchipelagoLayer.tsx';
import { archipelagoMarks, type ArchipelagoMarks } from './archipelagos.ts';
import { archipelagoLines, MAP_MESSAGES } from './messages.ts';
import type { MapLegend } from './legend.ts';
import { archipelagoFrames, shapesOf, type MapLevel, type ProvinceShapes } from './geo-data.ts';
import { nameTip } from './tips.ts';
import { tipElement } from './tooltip.ts';
import { unitOf } from './units.ts';
import { NO_FILL, type ProvinceFill, type ProvinceTip } from './fill.ts';
import { CHANGE_COLORS, type ChangeKind } from '../domain/changes.ts';
import { asError } from '../lib/errors.ts';

export type { ProvinceFill, ProvinceTip } from './fill.ts';

/** Stroke and hatch colours of a theme: the light dashboard or the dark control-room wall. */
const INK = {
  light: { border: '#ffffff', focus: '#111111', hatchBg: '#ffffff', hatchStripe: '#9aa1a8', frame: '#0f2a44' },
  dark: { border: '#0b1620', focus: '#ffffff', hatchBg: '#26313d', hatchStripe: '#8a95a1', frame: '#c9d6e3' },
} as const;

interface Props {
  fills: ReadonlyMap<string, ProvinceFill>;
  /** Each shape's tooltip and accessible name (pure builders in state/ and map/tips.ts); by default its name. */
  tip?: (code: string) => ProvinceTip;
  onSelect?: (code: string) => void;
  /** A province to outline (the one a view is about). */
  highlight?: string;
  label: string;
  /** The dark control-room theme of the wall. */
  dark?: boolean;
  /** Zoom buttons (off on the wall, which nobody touches). */
  controls?: boolean;
  /**
   * Whether people can move, zoom and point at the map (default). Off on the wall, which nobody
   * touches: no drag, no zoom of any kind, no tooltips, no pointer but the page's own.
   */
  interactive?: boolean;
  /** The 63 provinces (default) or the 34 units of 2025; `fills`, `tip` and `onSelect` use its codes. */
  level?: MapLevel;
  /** Offers the map as a picture (PNG, SVG) with this title, legend and these sources' as-of dates. */
  picture?: { what: string; title: string; sources: readonly string[]; legend?: MapLegend };
  /** Called each time the shapes have been drawn with `fills` (before that frame is painted). */
  onDrawn?: () => void;
}


/** The outline of a changed shape: the colour of its first kind of change; dashed when nothing in it is new. */
function changeOutline(change: string | undefined, dark: boolean): L.PathOptions | null {
  const first = change?.split(' ')[0] as ChangeKind | undefined;
  if (!first || !CHANGE_COLORS[first]) return null;
  // Wider on the wall, to read from five metres.
  return { color: CHANGE_COLORS[first][dark ? 'dark' : 'light'], weight: dark ? 6 : 3.5, dashArray: first.startsWith('no_longer') ? (dark ? '10 6' : '6 4') : '' };
}

const hatchId = (dark: boolean): string => (dark ? 'hatch-unknown-dark' : 'hatch-unknown');

/** Adds the SVG hatch pattern once to the map's SVG, for fills that must not rely on colour. */
function ensureHatch(svg: SVGSVGElement | null, dark: boolean): void {
  const ink = INK[dark ? 'dark' : 'light'];
  if (!svg || svg.querySelector(`#${hatchId(dark)}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', hatchId(dark));
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '6');
  pattern.setAttribute('height', '6');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '6'); bg.setAttribute('height', '6'); bg.setAttribute('fill', ink.hatchBg);
  const stripe = document.createElementNS(ns, 'rect');
  stripe.setAttribute('width', '3'); stripe.setAttribute('height', '6'); stripe.setAttribute('fill', ink.hatchStripe);
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

function Styler({ layer, fills, tip, highlight, dark, interactive, onDrawn }: { layer: L.GeoJSON | null; fills: Props['fills']; tip: (code: string) => ProvinceTip; highlight?: string; dark: boolean; interactive: boolean; onDrawn?: () => void }) {
  const ink = INK[dark ? 'dark' : 'light'];
  const map = useMap();
  const tipRef = useRef(tip);
  useEffect(() => { tipRef.current = tip; }, [tip]);
  const drawnRef = useRef(onDrawn);
  useEffect(() => { drawnRef.current = onDrawn; }, [onDrawn]);
  useEffect(() => {
    if (!layer) return;
    // Measured by the benchmark (npm run bench, which observes it): restyling all 63 shapes must
    // fit in a frame. The entries are cleared at once so that a wall running for days keeps none.
    performance.mark('map-restyle-start');
    ensureHatch(map.getPane('overlayPane')?.querySelector('svg') ?? null, dark);
    layer.eachLayer((l) => {
      const path = l as L.Path & { feature?: { properties: { code: string } } };
      const code = path.feature?.properties.code ?? '';
      const fill = fills.get(code) ?? NO_FILL;
      const selected = code === highlight;
      const change = changeOutline(fill.change, dark);
      path.setStyle({
        fillColor: paintOf(fill, dark), fillOpacity: 1,
        ...(change ?? { color: selected ? ink.focus : ink.border, weight: selected ? 3 : 0.8, dashArray: '' }),
      });
      // A changed shape's outline is drawn over its neighbours' borders.
      if (change) path.bringToFront();
      const el = path.getElement();
      if (el) {
        el.setAttribute('data-province', code);
        el.setAttribute('data-status', fill.status);
        if (fill.change) el.setAttribute('data-change', fill.change);
        else el.removeAttribute('data-change');
        const t = tip(code);
        el.setAttribute('aria-label', [t.title, ...t.lines].join('. '));
      }
      // Bound once; the content is built from the current data when the tooltip opens.
      if (interactive && !path.getTooltip()) path.bindTooltip(() => tipElement(tipRef.current(code)), { sticky: true, className: 'map-tooltip' });
    });
    performance.measure('map-restyle', 'map-restyle-start');
    performance.clearMarks('map-restyle-start');
    performance.clearMeasures('map-restyle');
    if (fills.size > 0) drawnRef.current?.();
  }, [layer, fills, tip, highlight, map, dark, ink, interactive]);
  return null;
}

/** The SVG fill of a province's fill on a theme: its colour, or the theme's hatch pattern. */
const paintOf = (fill: ProvinceFill, dark: boolean): string => (fill.hatched ? `url(#${hatchId(dark)})` : fill.color);

interface Loaded { shapes: ProvinceShapes; marks: ArchipelagoMarks[]; level: MapLevel }

/** The choropleth of the 63 provinces, or of the 34 units of 2025. */
export function ProvinceMap({ fills, tip: given, onSelect, highlight, label, dark = false, controls = true, interactive = true, level = 'province', picture, onDrawn }: Props) {
  const ink = INK[dark ? 'dark' : 'light'];
  const lang = useLang();
  const named = useMemo(() => nameTip(level, lang), [level, lang]);
  const tip = given ?? named;
  const m = useMessages(MAP_MESSAGES);
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [layer, setLayer] = useState<L.GeoJSON | null>(null);
  const selectRef = useRef(onSelect);
  useEffect(() => { selectRef.current = onSelect; }, [onSelect]);

  useEffect(() => {
    let live = true;
    Promise.all([shapesOf(level), archipelagoFrames()])
      .then(([shapes, islands]) => {
        if (!live) return;
        setLayer(null);
        setData({ shapes, marks: archipelagoMarks(shapes, islands, level === 'unit' ? unitOf : (code) => code), level });
      })
      .catch((e: unknown) => { if (live) setFailed(asError(e).message); });
    return () => { live = false; };
  }, [level]);

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
        el?.addEventListener('focus', () => { path.setStyle({ weight: 3, color: ink.focus }); path.openTooltip(); });
        el?.addEventListener('blur', () => { path.setStyle({ weight: 0.8, color: ink.border }); path.closeTooltip(); });
      },
      mouseover: () => { path.setStyle({ weight: 3, color: ink.focus }); path.bringToFront(); },
      mouseout: () => { path.setStyle({ weight: 0.8, color: ink.border }); },
      click: () => selectRef.current?.(code),
    });
  }, [ink]);
  const paint = useCallback((fill: ProvinceFill) => paintOf(fill, dark), [dark]);
  // A name's lines are short, so that it stays in the sea beside the islands on a phone's map too.
  const islandName = useCallback((id: ArchipelagoMarks['id']) => archipelagoLines(m, id), [m]);

  if (failed) return <div className="map-frame" role="alert">{m.failed} ({failed})</div>;
  if (!data) return <div className="map-frame" role="status">{m.loading}</div>;
  // A map nobody touches fits its box exactly (no zoom steps) and answers to nothing.
  const still = interactive ? {} : { dragging: false, touchZoom: false, doubleClickZoom: false, scrollWheelZoom: false, boxZoom: false, keyboard: false, zoomSnap: 0 };
  return (
    <div className={`map-frame${dark ? ' map-dark' : ''}${interactive ? '' : ' map-still'}`} role="region" aria-label={label} data-testid="province-map">
      <MapContainer zoomSnap={0.25} zoomDelta={0.5} scrollWheelZoom={false} attributionControl={false} minZoom={4} maxZoom={10}
        preferCanvas={false} zoomControl={controls && interactive} zoomAnimation={false} fadeAnimation={false} markerZoomAnimation={false} {...still}>
        <FitBounds data={data.shapes} />
        {/* A new level is a new layer: react-leaflet does not redraw GeoJSON when its data changes. */}
        <GeoJSON key={data.level} data={data.shapes} interactive={interactive} onEachFeature={interactive ? onEachFeature : undefined} ref={setLayer} />
        <Styler layer={layer} fills={fills} tip={tip} highlight={highlight} dark={dark} interactive={interactive} onDrawn={onDrawn} />
        <ArchipelagoLayer marks={data.marks} fills={fills} paint={paint} stroke={ink.frame} name={islandName}
          tip={interactive ? tip : undefined} onSelect={interactive ? onSelect : undefined} />
      </MapContainer>
      <p className="map-attribution">{m.attribution}</p>
      {picture && (
        <div className="map-picture">
          <PictureButtons what={picture.what} title={picture.title} sources={picture.sources} body={mapBody(data.shapes, fills, data.marks, islandName, picture.legend)} />
        </div>
      )}
    </div>
  );
}
