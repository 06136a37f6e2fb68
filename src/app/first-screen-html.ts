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
import { formatNumber, type Lang } from '../i18n/i18n.ts';
import { DOWNLOAD } from '../lib/download-messages.ts';
import { tag } from '../lib/html.ts';
import { groupChipText, OVERVIEW } from '../views/overview/messages.ts';
import { both, buttonsHtml, frameHtml, kpiHtml, levelChipsHtml, loadingCardHtml, mapHtml, sourceNoteHtml, type FirstScreenGeo } from './first-screen-parts.ts';

/** What the first screen is drawn from: the overview's answers without a filter, and the shapes. */
export interface FirstScreenInput extends FirstScreenGeo {
  provinces: readonly ModelsByProvinceRow[];
  models: readonly CoverageByModelRow[];
  groups: readonly GroupRow[];
  sources: readonly SourceRow[];
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
    ...(geo as FirstScreenGeo),
  });

/** The first screen's markup (one `<div id="first-screen">`). */
export function firstScreenHtml(input: FirstScreenInput): string {
  const { provinces, models, groups, sources } = input;
  const figures = nationalFigures(models, provinces.length);
  const { fills, classes } = deployedFills(provinces);
  const n = (lang: Lang, x: number, digits = 0): string => formatNumber(lang, x, digits);

  const chips = tag('div', { class: 'chips' }, ...GROUPS.map((g) => {
    const row = groups.find((r) => r.group === g);
    return tag('button', { type: 'button', class: 'chip', 'aria-pressed': 'false', 'data-group': g }, both((l) => groupChipText(l, g, row)));
  }));

  const kpis = tag('div', { class: 'card span-12' }, tag('div', { class: 'kpis', 'data-testid': 'first-screen-kpis' },
    kpiHtml((l) => n(l, figures.deployedCells), (l) => OVERVIEW[l].cells, (l) => OVERVIEW[l].cellsOf(n(l, figures.cells))),
    kpiHtml((l) => n(l, figures.perProvince, 1), (l) => OVERVIEW[l].avgPerProvince, (l) => `/ ${n(l, models.length)} ${COMMON[l].models}`),
    kpiHtml((l) => n(l, figures.inAllProvinces), (l) => OVERVIEW[l].allProvinces),
    kpiHtml((l) => n(l, figures.unknownCells), (l) => OVERVIEW[l].unknownCells, undefined, figures.unknownCells > 0)));

  // Swatches are drawn, not styled: the page's Content-Security-Policy refuses style attributes.
  const legend = tag('ul', { class: 'legend' }, ...classes.map((c) => tag('li', { 'data-status': c.id },
    tag('svg', { class: 'swatch', viewBox: '0 0 1 1', 'aria-hidden': 'true' }, tag('rect', { width: 1, height: 1, fill: c.color })),
    both((l) => OVERVIEW[l].mapClass(c.id.replace('-', '–'))))));
  const mapCard = tag('div', { class: 'card span-5' },
    tag('div', { class: 'view-header' }, both((l) => OVERVIEW[l].mapTitle, 'div', { class: 'h2' }), buttonsHtml((l) => COMMON[l].downloadCsv, (l) => DOWNLOAD[l].downloadXlsx)),
    levelChipsHtml(),
    legend,
    mapHtml(input, fills, OVERVIEW.vi.mapLabel),
    sourceNoteHtml([NATIONAL_SOURCE], sources));
  return frameHtml('overview',
    tag('div', { class: 'view-header' }, tag('div', {}, both((l) => OVERVIEW[l].title, 'div', { class: 'h1' }), both((l) => OVERVIEW[l].lede, 'p', { class: 'lede' }))),
    chips,
    tag('div', { class: 'grid' }, kpis, mapCard, loadingCardHtml('span-7', (l) => OVERVIEW[l].coverageTitle)));
}
