/**
 * The parts the build-time first screens are made of (the overview's, first-screen-html.ts; a
 * model's, first-screen-model-html.ts): the words in both languages, the app's header, the map as
 * SVG text with Hoàng Sa and Trường Sa, a source note, and the frame that stands over the app. They
 * use the live app's classes, so the page's one style sheet lays them out as the app; they use no
 * style attributes, which the page's Content-Security-Policy refuses.
 */
import type { SourceRow } from '../data/queries/catalogue.ts';
import { asOfDates } from '../i18n/as-of.ts';
import { COMMON } from '../i18n/common.ts';
import type { Lang } from '../i18n/i18n.ts';
import { fragment, tag, type Child, type Markup } from '../lib/html.ts';
import { archipelagoMarks } from '../map/archipelagos.ts';
import type { ProvinceFill } from '../map/fill.ts';
import type { Archipelago, ProvinceShapes } from '../map/geo-data.ts';
import { archipelagoLines, MAP_MESSAGES } from '../map/messages.ts';
import { staticMapSvg } from '../map/static-map.ts';
import type { Route } from './routes.ts';
import { NAV } from './nav.ts';

/** The province shapes and the archipelagos' frames, from geo/. */
export interface FirstScreenGeo {
  shapes: ProvinceShapes;
  archipelagos: readonly Archipelago[];
}

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The same words in each language, each in an element of its own language. */
export const both = (text: (lang: Lang) => Child, name = 'span', attrs: Record<string, string> = {}): Markup =>
  fragment(...LANGS.map((lang) => tag(name, { ...attrs, lang }, text(lang))));

/** The app's header, with the view it stands for marked. */
export const headerHtml = (active: Route['name']): Markup => tag('div', { class: 'app-header' },
  tag('div', { class: 'brand' },
    tag('span', { class: 'brand-title' }, both((l) => tag('span', { class: 'brand-long' }, COMMON[l].appTitle)), both((l) => tag('span', { class: 'brand-short' }, COMMON[l].appName))),
    both((l) => COMMON[l].appSubtitle, 'span', { class: 'brand-subtitle' })),
  tag('button', { type: 'button', class: 'menu-button' }, tag('span', { class: 'menu-icon', 'aria-hidden': 'true' }), both((l) => COMMON[l].menu)),
  tag('nav', { class: 'main-nav' }, ...NAV.map((n) => tag('a', { 'aria-current': n.match === active ? 'page' : undefined }, both((l) => COMMON[l][n.key])))),
  tag('div', { class: 'lang-switch' }, both((l) => fragment(
    tag('button', { type: 'button', 'aria-pressed': String(l === 'vi') }, 'VI'), tag('button', { type: 'button', 'aria-pressed': String(l === 'en') }, 'EN')))));

/** The map of the 63 provinces in these fills, in its frame (`data-testid="first-screen-map"`). */
export const mapHtml = ({ shapes, archipelagos }: FirstScreenGeo, fills: ReadonlyMap<string, ProvinceFill>, label: string): Markup =>
  tag('div', { class: 'map-frame first-screen-map', 'data-testid': 'first-screen-map' }, staticMapSvg({
    shapes, fills, marks: archipelagoMarks(shapes, archipelagos, (code) => code), label,
    names: (id) => LANGS.map((lang) => ({ lang, lines: archipelagoLines(MAP_MESSAGES[lang], id) })),
  }));

/** A card's source note, as the live SourceNote words it: the sources' short names and their as-of dates. */
export function sourceNoteHtml(sources: readonly string[], rows: readonly SourceRow[]): Markup {
  const known = rows.filter((r) => sources.includes(r.source));
  const names = (l: Lang): string => sources.map((s) => { const r = known.find((k) => k.source === s); return r ? (l === 'en' ? r.shortEn : r.shortVi) : COMMON[l].uploadedFile(s); }).join('; ');
  return both((l) => fragment(tag('span', { class: 'source-label' }, `${COMMON[l].sourceLabel}: `),
    known.length > 0 ? `${names(l)} · ${COMMON[l].asOfLabel} ${asOfDates(l, known)}` : names(l)), 'p', { class: 'source-note', 'data-sources': sources.join(' ') });
}

/** A key figure as the live Kpi draws it: value, label, and an optional note, in both languages. */
export const kpiHtml = (value: (l: Lang) => Child, label: (l: Lang) => string, note?: (l: Lang) => Child, flagged = false): Markup =>
  tag('div', { class: `kpi${flagged ? ' kpi-flag' : ''}` }, both(value, 'div', { class: 'kpi-value' }), both(label, 'div', { class: 'kpi-label' }), note && both(note, 'div', { class: 'kpi-note' }));

/** The switch between the 63 provinces and the 34 units, on the 63. */
export const levelChipsHtml = (): Markup => tag('div', { class: 'chips' },
  tag('button', { type: 'button', class: 'chip chip-small', 'aria-pressed': 'true' }, both((l) => MAP_MESSAGES[l].levelProvinces)),
  tag('button', { type: 'button', class: 'chip chip-small', 'aria-pressed': 'false' }, both((l) => MAP_MESSAGES[l].levelUnits)));

/** A card's download buttons, drawn but inert. */
export const buttonsHtml = (...labels: ((l: Lang) => string)[]): Markup =>
  tag('span', { class: 'download-buttons' }, ...labels.map((label) => tag('button', { type: 'button', class: 'csv-button' }, both(label))));

/** A card still waiting for the engine: its title (with what stands beside it, such as its download buttons) and the app's "loading". */
export const loadingCardHtml = (span: string, title: (l: Lang) => string, ...beside: Child[]): Markup => tag('div', { class: `card ${span}` },
  tag('div', { class: 'view-header' }, both(title, 'div', { class: 'h2' }), ...beside),
  both((l) => COMMON[l].loading, 'p', { class: 'notice notice-loading' }));

/** The whole first screen (one `<div id="first-screen">`) around a view's content. */
export const frameHtml = (active: Route['name'], ...view: Child[]): string =>
  tag('div', { id: 'first-screen', class: 'first-screen', inert: true, 'aria-hidden': 'true' },
    tag('div', { class: 'app' }, headerHtml(active), tag('div', { class: 'main' }, tag('div', { class: 'view' }, ...view)))).html;
