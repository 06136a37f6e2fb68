/**
 * The overview's first screen as HTML, made at build time from the bundled data's answers (the
 * same SQL the live view asks, answered by DuckDB under Node) and written into index.html, so a cold
 * load paints the map of models deployed, its key figures, legend, source and as-of date before any
 * script runs. It stands over the app (`inert`: nothing in it can be focused or clicked) until the
 * live map has drawn (src/app/first-screen.ts); the boot script shows it only where it is true (the
 * overview, no filter, no uploads: src/app/first-screen-boot.ts). It carries both languages; the
 * page's `data-first-screen` picks one. It has no headings or landmarks of its own (and is hidden
 * from assistive technology): while it stands, the page's one outline is the app's. Its words and figures come from the live view's messages and
 * functions; an e2e test checks that they read the same as the live screen's.
 */
import { deployedFills, GROUPS } from '../state/overview-state.ts';
import { nationalFigures } from '../state/national-figures.ts';
import { NATIONAL_SOURCE, sourcesSql, type SourceRow } from '../data/queries/catalogue.ts';
import { coverageByModelSql, groupsSql, modelsByProvinceSql, type CoverageByModelRow, type GroupRow, type ModelsByProvinceRow } from '../data/queries/overview.ts';
import { COMMON } from '../i18n/common.ts';
import { formatDate, formatNumber, type Lang } from '../i18n/i18n.ts';
import { DOWNLOAD } from '../lib/download-messages.ts';
import { fragment, tag, type Child, type Markup } from '../lib/html.ts';
import { archipelagoMarks } from '../map/archipelagos.ts';
import type { Archipelago, ProvinceShapes } from '../map/geo-data.ts';
import { archipelagoLines, MAP_MESSAGES } from '../map/messages.ts';
import { staticMapSvg } from '../map/static-map.ts';
import { groupChipText, OVERVIEW } from '../views/overview/messages.ts';
import { NAV } from './nav.ts';

/** What the first screen is drawn from: the overview's answers without a filter, and the shapes. */
export interface FirstScreenInput {
  provinces: readonly ModelsByProvinceRow[];
  models: readonly CoverageByModelRow[];
  groups: readonly GroupRow[];
  sources: readonly SourceRow[];
  shapes: ProvinceShapes;
  archipelagos: readonly Archipelago[];
}

/** The questions it is drawn from: the live overview's, without a group filter (so their answers are the same). */
export const FIRST_SCREEN_QUERIES = {
  provinces: modelsByProvinceSql([]), models: coverageByModelSql([]), groups: groupsSql(), sources: sourcesSql(),
} as const satisfies Record<keyof Omit<FirstScreenInput, 'shapes' | 'archipelagos'>, string>;

/** The first screen from the build's answers (named as in `FIRST_SCREEN_QUERIES`) and geo/'s files. */
export const renderFirstScreen = (answers: Readonly<Record<string, unknown[]>>, geo: { shapes: unknown; archipelagos: unknown }): string =>
  firstScreenHtml({
    provinces: (answers.provinces ?? []) as ModelsByProvinceRow[], models: (answers.models ?? []) as CoverageByModelRow[],
    groups: (answers.groups ?? []) as GroupRow[], sources: (answers.sources ?? []) as SourceRow[],
    shapes: geo.shapes as ProvinceShapes, archipelagos: geo.archipelagos as Archipelago[],
  });

const LANGS: readonly Lang[] = ['vi', 'en'];

/** The same words in each language, each in an element of its own language. */
const both = (text: (lang: Lang) => Child, name = 'span', attrs: Record<string, string> = {}): Markup =>
  fragment(...LANGS.map((lang) => tag(name, { ...attrs, lang }, text(lang))));

/** The first screen's markup (one `<div id="first-screen">`). */
export function firstScreenHtml(input: FirstScreenInput): string {
  const { provinces, models, groups, sources, shapes, archipelagos } = input;
  const figures = nationalFigures(models, provinces.length);
  const { fills, classes } = deployedFills(provinces);
  const n = (lang: Lang, x: number, digits = 0): string => formatNumber(lang, x, digits);
  const source = sources.find((s) => s.source === NATIONAL_SOURCE);

  const header = tag('div', { class: 'app-header' },
    tag('div', { class: 'brand' },
      tag('span', { class: 'brand-title' }, both((l) => tag('span', { class: 'brand-long' }, COMMON[l].appTitle)), both((l) => tag('span', { class: 'brand-short' }, COMMON[l].appName))),
      both((l) => COMMON[l].appSubtitle, 'span', { class: 'brand-subtitle' })),
    tag('button', { type: 'button', class: 'menu-button' }, tag('span', { class: 'menu-icon', 'aria-hidden': 'true' }), both((l) => COMMON[l].menu)),
    tag('nav', { class: 'main-nav' }, ...NAV.map((n) => tag('a', { 'aria-current': n.match === 'overview' ? 'page' : undefined }, both((l) => COMMON[l][n.key])))),
    tag('div', { class: 'lang-switch' }, both((l) => fragment(
      tag('button', { type: 'button', 'aria-pressed': String(l === 'vi') }, 'VI'), tag('button', { type: 'button', 'aria-pressed': String(l === 'en') }, 'EN')))));

  const chips = tag('div', { class: 'chips' }, ...GROUPS.map((g) => {
    const row = groups.find((r) => r.group === g);
    return tag('button', { type: 'button', class: 'chip', 'aria-pressed': 'false', 'data-group': g }, both((l) => groupChipText(l, g, row)));
  }));

  const kpi = (value: (l: Lang) => string, label: (l: Lang) => string, note?: (l: Lang) => string, flagged = false): Markup =>
    tag('div', { class: `kpi${flagged ? ' kpi-flag' : ''}` }, both(value, 'div', { class: 'kpi-value' }), both(label, 'div', { class: 'kpi-label' }), note && both(note, 'div', { class: 'kpi-note' }));
  const kpis = tag('div', { class: 'card span-12' }, tag('div', { class: 'kpis', 'data-testid': 'first-screen-kpis' },
    kpi((l) => n(l, figures.deployedCells), (l) => OVERVIEW[l].cells, (l) => OVERVIEW[l].cellsOf(n(l, figures.cells))),
    kpi((l) => n(l, figures.perProvince, 1), (l) => OVERVIEW[l].avgPerProvince, (l) => `/ ${n(l, models.length)} ${COMMON[l].models}`),
    kpi((l) => n(l, figures.inAllProvinces), (l) => OVERVIEW[l].allProvinces),
    kpi((l) => n(l, figures.unknownCells), (l) => OVERVIEW[l].unknownCells, undefined, figures.unknownCells > 0)));

  const buttons = (...labels: ((l: Lang) => string)[]): Markup => tag('span', { class: 'download-buttons' }, ...labels.map((label) => tag('button', { type: 'button', class: 'csv-button' }, both(label))));
  // Swatches are drawn, not styled: the page's Content-Security-Policy refuses style attributes.
  const legend = tag('ul', { class: 'legend' }, ...classes.map((c) => tag('li', { 'data-status': c.id },
    tag('svg', { class: 'swatch', viewBox: '0 0 1 1', 'aria-hidden': 'true' }, tag('rect', { width: 1, height: 1, fill: c.color })),
    both((l) => OVERVIEW[l].mapClass(c.id.replace('-', '–'))))));
  const map = staticMapSvg({
    shapes, fills, marks: archipelagoMarks(shapes, archipelagos, (code) => code), label: OVERVIEW.vi.mapLabel,
    names: (id) => LANGS.map((lang) => ({ lang, lines: archipelagoLines(MAP_MESSAGES[lang], id) })),
  });
  const sourceNote = both((l) => fragment(tag('span', { class: 'source-label' }, `${COMMON[l].sourceLabel}: `),
    source ? `${l === 'en' ? source.shortEn : source.shortVi} · ${COMMON[l].asOfLabel} ${formatDate(l, source.asOf)}` : NATIONAL_SOURCE), 'p', { class: 'source-note', 'data-sources': NATIONAL_SOURCE });
  const mapCard = tag('div', { class: 'card span-5' },
    tag('div', { class: 'view-header' }, both((l) => OVERVIEW[l].mapTitle, 'div', { class: 'h2' }), buttons((l) => COMMON[l].downloadCsv, (l) => DOWNLOAD[l].downloadXlsx)),
    tag('div', { class: 'chips' }, tag('button', { type: 'button', class: 'chip chip-small', 'aria-pressed': 'true' }, both((l) => MAP_MESSAGES[l].levelProvinces)),
      tag('button', { type: 'button', class: 'chip chip-small', 'aria-pressed': 'false' }, both((l) => MAP_MESSAGES[l].levelUnits))),
    legend,
    tag('div', { class: 'map-frame first-screen-map', 'data-testid': 'first-screen-map' }, map),
    sourceNote);
  const chartCard = tag('div', { class: 'card span-7' },
    tag('div', { class: 'view-header' }, both((l) => OVERVIEW[l].coverageTitle, 'div', { class: 'h2' })),
    both((l) => COMMON[l].loading, 'p', { class: 'notice notice-loading' }));

  return tag('div', { id: 'first-screen', class: 'first-screen', inert: true, 'aria-hidden': 'true' },
    tag('div', { class: 'app' }, header,
      tag('div', { class: 'main' }, tag('div', { class: 'view' },
        tag('div', { class: 'view-header' }, tag('div', {}, both((l) => OVERVIEW[l].title, 'div', { class: 'h1' }), both((l) => OVERVIEW[l].lede, 'p', { class: 'lede' }))),
        chips,
        tag('div', { class: 'grid' }, kpis, mapCard, chartCard))))).html;
}
