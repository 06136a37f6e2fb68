/**
 * A model's first screen (`#/model/<no>`), made at build time like the overview's
 * (first-screen-html.ts) from the live view's own questions, answered by DuckDB under Node. It is a
 * file of its own, fetched by the boot script only for a deep link to that model
 * (first-screen-boot.ts), so index.html stays the overview's size. It draws what the live view shows
 * above the fold: the model's name and group, its key figures, and its coverage map with the legend,
 * Hoàng Sa and Trường Sa, and the source and as-of date of the map's rows.
 */
import { modelListSql, sourcesSql, type ModelListRow, type SourceRow } from '../data/queries/catalogue.ts';
import { modelCoverageSql, modelDetailSql, type ModelCoverageRow, type ModelDetailRow } from '../data/queries/model.ts';
import { COVERAGE_STATUSES, countByStatus } from '../domain/coverage.ts';
import { COMMON, fundingKindLabel, statusLabel } from '../i18n/common.ts';
import { formatNumber, type Lang } from '../i18n/i18n.ts';
import { DOWNLOAD } from '../lib/download-messages.ts';
import { fragment, tag } from '../lib/html.ts';
import { groupName } from '../lib/sentence-case.ts';
import { coverageFills } from '../state/model-state.ts';
import { MODEL } from '../views/model/messages.ts';
import { both, buttonsHtml, frameHtml, kpiHtml, levelChipsHtml, loadingCardHtml, mapHtml, sourceNoteHtml, type FirstScreenGeo } from './first-screen-parts.ts';

/** What a model's first screen is drawn from. */
export interface ModelFirstScreenInput extends FirstScreenGeo {
  no: number;
  models: readonly ModelListRow[];
  detail: ModelDetailRow | undefined;
  coverage: readonly ModelCoverageRow[];
  sources: readonly SourceRow[];
}

/** The questions a model's first screen is drawn from: the live model view's. */
export const modelFirstScreenQueries = (no: number) => ({
  models: modelListSql(), detail: modelDetailSql(no), coverage: modelCoverageSql(no), sources: sourcesSql(),
}) as const satisfies Record<keyof Omit<ModelFirstScreenInput, 'no' | keyof FirstScreenGeo>, string>;

/** A model's first screen from the build's answers (named as in `modelFirstScreenQueries`) and geo/'s files. */
export const renderModelFirstScreen = (no: number) => (answers: Readonly<Record<string, unknown[]>>, geo: { shapes: unknown; archipelagos: unknown }): string =>
  modelFirstScreenHtml({
    no, models: (answers.models ?? []) as ModelListRow[], detail: (answers.detail ?? [])[0] as ModelDetailRow | undefined,
    coverage: (answers.coverage ?? []) as ModelCoverageRow[], sources: (answers.sources ?? []) as SourceRow[], ...(geo as FirstScreenGeo),
  });

/** A model's first screen (one `<div id="first-screen">`); a model the data do not hold gets the bare frame. */
export function modelFirstScreenHtml(input: ModelFirstScreenInput): string {
  const { no, models, detail, coverage, sources } = input;
  const name = (l: Lang, r: { nameVi: string; nameEn: string }): string => (l === 'en' ? r.nameEn : r.nameVi);
  const n = (l: Lang, x: number): string => formatNumber(l, x);
  // The live select holds every model, and is as wide as the longest: so is this one.
  const nav = tag('div', { class: 'model-nav' },
    tag('a', { class: 'button', hidden: no <= 1 }, '← ', both((l) => MODEL[l].prev)),
    tag('label', { class: 'inline-field' }, both((l) => MODEL[l].chooseModel), ' ',
      both((l) => fragment(...models.map((r) => tag('option', { selected: r.modelNo === no }, `${r.modelNo}. ${name(l, r)}`))), 'select')),
    tag('a', { class: 'button', hidden: no >= models.length }, both((l) => MODEL[l].next), ' →'));
  if (!detail) return frameHtml('model', nav);

  const counts = countByStatus(coverage);
  const mismatch = detail.statedCount !== null && detail.listedCount !== null && detail.statedCount !== detail.listedCount;
  const header = tag('div', { class: 'view-header' },
    tag('div', {}, both((l) => MODEL[l].modelTitle(no, name(l, detail)), 'div', { class: 'h1' }),
      both((l) => MODEL[l].groupLine(detail.group, groupName(l === 'en' ? detail.groupEn : detail.groupVi)), 'p', { class: 'lede' })),
    tag('a', { class: 'button' }, both((l) => COMMON[l].print)));
  const kpis = tag('div', { class: 'card span-12' }, tag('div', { class: 'kpis', 'data-testid': 'first-screen-kpis' },
    ...COVERAGE_STATUSES.map((s) => kpiHtml((l) => n(l, counts[s]), (l) => statusLabel(COMMON[l], s))),
    kpiHtml((l) => `${detail.statedCount === null ? MODEL[l].statedNone : n(l, detail.statedCount)} / ${detail.listedCount === null ? MODEL[l].listedNone : n(l, detail.listedCount)}`,
      (l) => MODEL[l].statedVsListed, mismatch ? (l) => tag('span', { class: 'flag' }, MODEL[l].mismatch) : undefined, mismatch),
    kpiHtml((l) => (detail.replicationCount === null ? MODEL[l].replicationNone : n(l, detail.replicationCount)), (l) => MODEL[l].replication, undefined, detail.replicationCount === null),
    // The report's own words on funding are Vietnamese in either language, as on the live page.
    kpiHtml((l) => (detail.fundingKind ? fundingKindLabel(COMMON[l], detail.fundingKind) : '—'), (l) => MODEL[l].funding, detail.fundingText ? () => detail.fundingText ?? '' : undefined)));
  const legend = tag('ul', { class: 'legend' }, ...COVERAGE_STATUSES.map((s) => tag('li', { 'data-status': s },
    tag('span', { class: `swatch status-${s}`, 'aria-hidden': 'true' }),
    both((l) => fragment(`${statusLabel(COMMON[l], s)}: `, tag('strong', {}, n(l, counts[s])))))));
  const mapCard = tag('div', { class: 'card span-7' },
    tag('div', { class: 'map-head' }, both((l) => MODEL[l].mapTitle, 'div', { class: 'h2' }), levelChipsHtml()),
    legend,
    mapHtml(input, coverageFills(coverage), MODEL.vi.mapLabel(detail.nameVi)),
    sourceNoteHtml([...new Set(coverage.map((r) => r.source))], sources));
  const tableCard = loadingCardHtml('span-5', (l) => MODEL[l].tableTitle, buttonsHtml((l) => COMMON[l].downloadCsv, (l) => DOWNLOAD[l].downloadXlsx));
  return frameHtml('model', nav, header, tag('div', { class: 'grid' }, kpis, mapCard, tableCard));
}

/** Every model's first screen, by its route path (`/model/<no>`), for the build. */
export const modelFirstScreens = (count: number): Record<string, { queries: Readonly<Record<string, string>>; render: ReturnType<typeof renderModelFirstScreen> }> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`/model/${i + 1}`, { queries: modelFirstScreenQueries(i + 1), render: renderModelFirstScreen(i + 1) }]));
