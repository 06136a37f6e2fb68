import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { chartBody, pictureTitle } from '../../charts/picture.ts';
import { Kpi } from '../../components/Kpi.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { PictureButtons } from '../../components/PictureButtons.tsx';
import {
  difficultyModelsSql, difficultySentencesSql, type DifficultyModelRow, type DifficultySentenceRow,
} from '../../data/queries/difficulties.ts';
import { allOf, useQuery } from '../../data/use-query.ts';
import { categoryLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages, type Lang } from '../../i18n/i18n.ts';
import { useLocation } from '../../state/url-state.ts';
import { DifficultyFiltersPanel } from './DifficultyFilters.tsx';
import { DifficultySentences } from './DifficultySentences.tsx';
import {
  byNature, categoryChart, categoryClick, filterSentences, filterWords, matrixChart, matrixClick, parseDifficultyFilters,
  type ChartLabels, type DifficultyFilters,
} from './difficulties-state.ts';
import { DIFFICULTIES } from './messages.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';

/** `#/difficulties`: difficulty sentences by cause across models, groups and reports, down to each sentence. */
export default function DifficultiesView() {
  const m = useMessages(DIFFICULTIES);
  useDocumentTitle(m.title);
  const state = allOf<[DifficultySentenceRow, DifficultyModelRow]>(useQuery(difficultySentencesSql()), useQuery(difficultyModelsSql()));
  return (
    <section className="view" aria-labelledby="difficulties-title">
      <ViewHeader id="difficulties-title" title={m.title} lede={m.lede} />
      <WhenLoaded state={state}>{([sentences, models]) => <DifficultiesBody {...byNature(sentences)} models={models} />}</WhenLoaded>
    </section>
  );
}

function useChartLabels(lang: Lang, models: readonly DifficultyModelRow[]): ChartLabels {
  const m = useMessages(DIFFICULTIES);
  return useMemo(() => {
    const names = new Map(models.map((r) => [r.modelNo, lang === 'en' ? r.nameEn : r.nameVi]));
    return {
      category: (id: string) => categoryLabel(lang, id),
      group: m.groupName,
      sentences: m.sentences,
      model: (no: number) => `${no}. ${names.get(no) ?? ''}`,
    };
  }, [lang, models, m]);
}

// Everything counted is a difficulty; sentences that report progress are only listed, apart.
function DifficultiesBody({ difficulties: sentences, progress, models }: { difficulties: DifficultySentenceRow[]; progress: DifficultySentenceRow[]; models: DifficultyModelRow[] }) {
  const m = useMessages(DIFFICULTIES);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const filters: DifficultyFilters = useMemo(() => parseDifficultyFilters(location.params), [location.params]);
  const labels = useChartLabels(lang, models);
  const bars = useMemo(() => categoryChart(sentences, filters, labels), [sentences, filters, labels]);
  const matrix = useMemo(() => matrixChart(sentences, models, filters, labels), [sentences, models, filters, labels]);
  const shown = useMemo(() => filterSentences(sentences, filters), [sentences, filters]);
  const shownProgress = useMemo(() => filterSentences(progress, filters), [progress, filters]);
  const named = filterWords(filters, { ...labels, scope: (s) => (s === 'national' ? m.scopeNational : m.scopeProvince) });
  const pictureSources = useMemo(() => [...new Set(sentences.map((s) => s.source))].sort(), [sentences]);
  const apply = (changes: Record<string, string | undefined> | null): void => { if (changes) setParams(changes, { replace: true }); };
  const national = sentences.filter((s) => !s.provinceCode).length;

  return (
    <div className="grid">
      <div className="card span-12">
        <div className="kpis kpis-2">
          <Kpi testId="kpi-sentences" value={formatNumber(lang, sentences.length)} label={m.kpiSentences} />
          <Kpi value={formatNumber(lang, national)} label={m.kpiNational} />
          <Kpi value={formatNumber(lang, sentences.length - national)} label={m.kpiProvince} />
          <Kpi value={formatNumber(lang, new Set(sentences.map((s) => s.modelNo)).size)} label={m.kpiModels} />
        </div>
      </div>
      <div className="card span-12">
        <DifficultyFiltersPanel sentences={sentences} models={models} filters={filters} />
      </div>
      <div className="span-5 stack">
        <div className="card">
          <div className="view-header">
            <h2>{m.byCategory}</h2>
            <PictureButtons what="kho-khan-theo-nhom-nguyen-nhan" title={pictureTitle(m.byCategory, ...named)} sources={pictureSources} body={chartBody(bars)} />
          </div>
          <p className="kpi-note">{m.byCategoryHint}</p>
          <EChart option={bars} label={m.byCategoryLabel} testId="category-chart" className="chart chart-categories"
            onItemClick={(e) => apply(categoryClick(e, filters))} />
        </div>
        <DifficultySentences shown={shown} progress={shownProgress} total={sentences.length} filters={filters} />
      </div>
      <div className="card span-7">
        <div className="view-header">
          <h2>{m.matrix}</h2>
          <PictureButtons what="kho-khan-mo-hinh-nguyen-nhan" title={pictureTitle(m.matrix, ...named)} sources={pictureSources} body={chartBody(matrix)} />
        </div>
        <p className="kpi-note">{m.matrixHint}</p>
        <EChart option={matrix} label={m.matrixLabel} testId="matrix-chart" className="chart chart-matrix"
          onItemClick={(e) => apply(matrixClick(e, filters))} />
      </div>
      <div className="card span-12">
        <h2>{m.methodTitle}</h2>
        <p>{m.method} <code>src/node/pipeline/difficulties/rules.ts</code>.</p>
        <p className="kpi-note">{m.methodCounts}</p>
      </div>
    </div>
  );
}
