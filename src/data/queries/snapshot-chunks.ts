/**
 * The questions every route asks before anyone touches a filter, in chunks the build answers ahead
 * (src/node/build/snapshot-plugin.ts) and the app loads with the route (src/data/snapshot.ts): a deep
 * link draws from them while DuckDB starts. The sources' chunk is part of the app itself.
 * Each list must hold exactly the SQL texts the views build: a browser test draws every route with
 * the engine refused and compares it with the live one.
 */
import { TABLES } from '../schema.ts';
import { modelListSql, provinceListSql, sourcesSql } from './catalogue.ts';
import { tableColumnsSql, tableCountsSql, tableSourcesSql } from './data-catalogue.ts';
import { difficultyModelsSql, difficultySentencesSql } from './difficulties.ts';
import { modelViewQuestions, reportingProvincesSql } from './model.ts';
import { coverageByModelSql, groupsSql, indicatorsSql, modelsByProvinceSql, overviewGroupQuestions, overviewQuestions } from './overview.ts';
import { groupCountsSql, hanoiModelsSql, provinceViewQuestions } from './province.ts';
import { deadlineKindsSql, lateModelsSql } from './late-models.ts';
import { coverageCitedSql, difficultiesCitedSql, indicatorsCitedSql, provinceReportCitedSql } from './provenance.ts';
import { coverageByBasisSql, discrepanciesSql } from './quality.ts';
import { difficultyCategoryCountsSql } from './wall.ts';
import { GROUPS } from '../../domain/rollout.ts';

/** The national indicators the wall's indicators scene shows. */
export const WALL_INDICATORS = [
  'chip_id_cards_issued', 'eid_accounts_activated', 'eid_activation_rate', 'vneid_accesses', 'population_db_requests', 'population_db_savings',
  'exam_registrations_online_share_2024', 'accommodation_notices', 'cashless_social_payment_recipients', 'provinces_with_ioc_ready',
  'models_deployed_in_all_provinces', 'civil_servant_records_synced',
] as const;


/** The questions of the routes that have no parameter, by chunk name. */
const FIXED: Readonly<Record<string, () => string[]>> = {
  base: () => [sourcesSql()],
  overview: () => overviewQuestions([]),
  // The overview filtered by one group (a link to "group II"); several groups are answered live.
  groups: () => GROUPS.flatMap((g) => overviewGroupQuestions([g])),
  models: () => [modelListSql(), reportingProvincesSql()],
  provinces: () => [provinceListSql(), groupCountsSql(), hanoiModelsSql()],
  difficulties: () => [difficultySentencesSql(), difficultyModelsSql()],
  quality: () => [discrepanciesSql(), coverageByBasisSql()],
  data: () => [tableCountsSql(TABLES), tableColumnsSql(TABLES), tableSourcesSql(TABLES) ?? '', sourcesSql()].filter(Boolean),
  wall: () => [
    modelsByProvinceSql([]), coverageByModelSql([]), groupsSql(), coverageCitedSql(),
    ...GROUPS.flatMap((g) => [modelsByProvinceSql([g]), coverageByModelSql([g]), coverageCitedSql({ group: g })]),
    difficultyCategoryCountsSql(), difficultiesCitedSql(), indicatorsSql(), indicatorsCitedSql(WALL_INDICATORS),
  ],
};

/** One model's questions (its view, its brief, its wall scene). */
export const modelChunk = (no: number): string[] => [...modelViewQuestions(no), coverageCitedSql({ model: no })];

/** One province's own questions (its view, its brief, its wall scene; the questions of all provinces are in `provinces`). */
export const provinceChunk = (code: string): string[] => [
  ...provinceViewQuestions(code), lateModelsSql(code), deadlineKindsSql(code), provinceReportCitedSql(code),
];

/** The questions of a chunk that needs no parameter (`models`, `provinces`, `difficulties`, …). */
export const fixedChunk = (name: string): string[] => FIXED[name]?.() ?? [];

/** A chunk's name for a model or a province (`model-13`, `province-VN-31`). */
export const modelChunkName = (no: number): string => `model-${no}`;
export const provinceChunkName = (code: string): string => `province-${code}`;

/** The chunks the build answers: the fixed ones, every model's and every province's. */
export function snapshotChunks(models: readonly number[], provinces: readonly string[]): Record<string, string[]> {
  return {
    ...Object.fromEntries(Object.entries(FIXED).map(([name, qs]) => [name, qs()])),
    ...Object.fromEntries(models.map((no) => [modelChunkName(no), modelChunk(no)])),
    ...Object.fromEntries(provinces.map((code) => [provinceChunkName(code), provinceChunk(code)])),
  };
}

/**
 * The chunks built into the app itself: the sources, which every view cites. The overview's are a
 * chunk like any other route's, fetched beside its code: the overview paints first from the
 * build-time first screen in index.html (src/app/first-screen-html.ts), and a deep link elsewhere
 * does not load them.
 */
export const FIRST_SCREEN_CHUNKS = ['base'] as const;
