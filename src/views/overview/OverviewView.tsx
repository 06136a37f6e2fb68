import { NATIONAL_SOURCE } from '../../data/queries/catalogue.ts';
import { nationalFigures } from '../../state/national-figures.ts';
import { Kpi } from '../../components/Kpi.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import {
  coverageByModelSql, groupsSql, indicatorsSql, matrixSql, modelsByProvinceSql, overviewQuestions,
  type CoverageByModelRow, type GroupRow, type IndicatorRow, type MatrixCellRow, type ModelsByProvinceRow,
} from '../../data/queries/overview.ts';
import { allOf, usePrefetch, useQuery } from '../../data/use-query.ts';
import { COMMON } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { useLocation } from '../../state/url-state.ts';
import { groupName } from '../../lib/sentence-case.ts';
import { Indicators } from './Indicators.tsx';
import { groupChipText, OVERVIEW } from './messages.ts';
import { OverviewMap } from './OverviewMap.tsx';
import { CoverageMatrix, ModelCoverageChart } from './OverviewModels.tsx';
import { GROUPS, groupsParam, parseGroups } from '../../state/overview-state.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ChangesPanel, InvalidComparison } from '../../compare/ChangesPanel.tsx';
import { useChanges, useComparison } from '../../compare/use-compare.ts';

/** `#/`: the national picture — key figures, the map of models deployed, rankings, the matrix, the indicators. */
export default function OverviewView() {
  const m = useMessages(OVERVIEW);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const groups = parseGroups(location.params.groups);
  useDocumentTitle(m.title, groups.length ? groups.map(m.groupChip).join(', ') : null);
  const groupsLabel = groupsParam(groups)?.replace(/,/g, '-') ?? '';
  // The pictures' titles name the group filter, as the file names do.
  const groupsTitle = groupsParam(groups) ? m.groupsTitle(groups) : '';
  const state = allOf<[ModelsByProvinceRow, CoverageByModelRow, MatrixCellRow, GroupRow, IndicatorRow]>(
    useQuery(modelsByProvinceSql(groups)), useQuery(coverageByModelSql(groups)), useQuery(matrixSql(groups)),
    useQuery(groupsSql()), useQuery(indicatorsSql()),
  );
  // Each group on its own (the chips above the map) is answered while the reader reads the whole.
  usePrefetch(groups.length === 0 ? GROUPS.flatMap((g) => overviewQuestions([g])) : []);
  const { comparison, invalid } = useComparison();
  const changes = useChanges(comparison, { groups });
  const toggle = (g: string): void => {
    const next = groups.includes(g) ? groups.filter((x) => x !== g) : [...groups, g];
    setParams({ groups: groupsParam(next) }, { replace: true });
  };

  return (
    <section className="view" aria-labelledby="overview-title">
      <ViewHeader id="overview-title" title={m.title} lede={m.lede} />
      <WhenLoaded state={state}>{([provinces, models, cells, groupRows, indicators]) => {
        const figures = nationalFigures(models, provinces.length);
        return (
          <>
            <div className="chips" role="group" aria-label={m.groups}>
              {GROUPS.map((g) => {
                const row = groupRows.find((r) => r.group === g);
                return (
                  <button key={g} type="button" className="chip" aria-pressed={groups.includes(g)} onClick={() => toggle(g)}
                    title={row ? groupName(lang === 'en' ? row.nameEn : row.nameVi) : undefined} data-group={g}>
                    {groupChipText(lang, g, row)}
                  </button>
                );
              })}
            </div>
            <div className="grid">
              {invalid !== null && <div className="card span-12"><InvalidComparison given={invalid} /></div>}
              {comparison && changes && <ChangesPanel date={comparison.date} state={changes} what={`tong-quan${groupsLabel ? `-nhom-${groupsLabel}` : ''}`} />}
              <div className="card span-12">
                <div className="kpis">
                  <Kpi testId="kpi-cells" value={formatNumber(lang, figures.deployedCells)} label={m.cells} note={m.cellsOf(formatNumber(lang, figures.cells))} />
                  <Kpi value={formatNumber(lang, figures.perProvince, 1)} label={m.avgPerProvince} note={`/ ${formatNumber(lang, models.length)} ${common.models}`} />
                  <Kpi value={formatNumber(lang, figures.inAllProvinces)} label={m.allProvinces} />
                  <Kpi value={formatNumber(lang, figures.unknownCells)} label={m.unknownCells} flagged={figures.unknownCells > 0} />
                </div>
              </div>
              <OverviewMap rows={provinces} groupsLabel={groupsLabel} groupsTitle={groupsTitle} changes={changes?.status === 'ready' ? changes.rows : null}>
                <ModelCoverageChart models={models} groupsLabel={groupsLabel} groupsTitle={groupsTitle} />
              </OverviewMap>
              <CoverageMatrix models={models} provinces={provinces} cells={cells} groupsLabel={groupsLabel} groupsTitle={groupsTitle} />
              <Indicators rows={indicators} />
            </div>
            <SourceNote sources={[NATIONAL_SOURCE]} />
          </>
        );
      }}</WhenLoaded>
    </section>
  );
}
