import { WhenLoaded } from '../../components/Notice.tsx';
import { PrintBriefLink } from '../../components/PrintBriefLink.tsx';
import { modelListSql, type ModelListRow } from '../../data/queries/catalogue.ts';
import {
  modelCoverageSql, modelDetailSql, modelDifficultiesSql, modelDiscrepanciesSql, modelStepsSql, modelViewQuestions, provinceReportsForModelSql, reportingProvincesSql,
  type DiscrepancyRow, type ModelCoverageRow, type ModelDetailRow, type ModelDifficultyRow, type ModelStepRow, type ProvinceReportRow,
  type ReportingProvinceRow,
} from '../../data/queries/model.ts';
import { allOf, usePrefetch, useQuery } from '../../data/use-query.ts';
import { groupName } from '../../lib/sentence-case.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { MODEL } from './messages.ts';
import { ModelCoverage } from './ModelCoverage.tsx';
import { ModelDetails } from './ModelDetails.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isModelNo, MODELS } from '../../domain/rollout.ts';

/** `#/model/<no>`: one model's coverage map, figures, difficulties and text. */
export default function ModelView({ no }: { no: number }) {
  const m = useMessages(MODEL);
  const lang = useLang();
  const { go, location } = useLocation();
  const list = useQuery<ModelListRow>(modelListSql());
  const parts = allOf<[ModelDetailRow, ModelCoverageRow, ModelDifficultyRow, ModelStepRow, ProvinceReportRow, DiscrepancyRow, ReportingProvinceRow]>(
    useQuery(modelDetailSql(no)), useQuery(modelCoverageSql(no)), useQuery(modelDifficultiesSql(no)),
    useQuery(modelStepsSql(no)), useQuery(provinceReportsForModelSql(no)), useQuery(modelDiscrepanciesSql(no)), useQuery(reportingProvincesSql()),
  );
  // The models either side (the ← and → buttons) are answered while the reader reads this one.
  usePrefetch([no - 1, no + 1].filter(isModelNo).flatMap(modelViewQuestions));
  const models = list.status === 'ready' ? list.rows : [];
  const nameOf = (r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);
  const listed = models.find((r) => r.modelNo === no);
  useDocumentTitle(listed ? m.modelTitle(no, nameOf(listed)) : m.modelRef(no));

  return (
    <section className="view" aria-labelledby="model-title">
      <nav className="model-nav" aria-label={m.chooseModel}>
        <a className="button" href={hrefFor(`/model/${no - 1}`)} aria-disabled={no <= 1} hidden={no <= 1}>← {m.prev}</a>
        <label className="inline-field">{m.chooseModel}{' '}
          <select data-testid="model-select" value={no} onChange={(e) => go(`/model/${e.target.value}`, { ...location.params, status: undefined, category: undefined })}>
            {models.map((r) => <option key={r.modelNo} value={r.modelNo}>{r.modelNo}. {nameOf(r)}</option>)}
          </select>
        </label>
        <a className="button" href={hrefFor(`/model/${no + 1}`)} hidden={no >= MODELS}>{m.next} →</a>
      </nav>
      <WhenLoaded state={parts}>{([[detail], coverage, difficulties, steps, reports, discrepancies, reporting]) => detail ? (
        <>
          <header className="view-header">
            <div>
              <h1 id="model-title">{m.modelTitle(detail.modelNo, nameOf(detail))}</h1>
              <p className="lede">{m.groupLine(detail.group, groupName(lang === 'en' ? detail.groupEn : detail.groupVi))}</p>
            </div>
            <PrintBriefLink path={`/model/${detail.modelNo}`} />
          </header>
          <ModelCoverage model={detail} rows={coverage} />
          <ModelDetails model={detail} difficulties={difficulties} steps={steps} reports={reports} reporting={reporting} discrepancies={discrepancies} />
        </>
      ) : null}</WhenLoaded>
    </section>
  );
}
