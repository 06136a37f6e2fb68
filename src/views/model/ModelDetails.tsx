import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { chartBody, pictureTitle } from '../../charts/picture.ts';
import { PictureButtons } from '../../components/PictureButtons.tsx';
import { reportsProgress } from '../../data/queries/difficulties.ts';
import type { DiscrepancyRow, ModelDetailRow, ModelDifficultyRow, ModelStepRow, ProvinceReportRow, ReportingProvinceRow } from '../../data/queries/model.ts';
import { categoryLabel, COMMON, discrepancyKindLabel, reportStatusLabel } from '../../i18n/common.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { SourceCite, SourceNote } from '../../components/SourceNote.tsx';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { MODEL } from './messages.ts';
import { difficultyChart, difficultyClick } from '../../state/model-state.ts';
import { DetailText } from '../../components/DetailText.tsx';
import { provinceName } from '../../domain/provinces.ts';

interface Props {
  model: ModelDetailRow;
  difficulties: ModelDifficultyRow[];
  steps: ModelStepRow[];
  reports: ProvinceReportRow[];
  /** The provinces with a report of their own, whose lists were read for this model. */
  reporting: ReportingProvinceRow[];
  discrepancies: DiscrepancyRow[];
}

/** The model's text: result and effectiveness as reported, difficulties by cause, 2023 steps, province reports, discrepancies. */
export function ModelDetails({ model, difficulties: all, steps, reports, reporting, discrepancies }: Props) {
  const m = useMessages(MODEL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const category = location.params.category ?? null;
  const name = lang === 'en' ? model.nameEn : model.nameVi;
  // Sentences that report progress are listed apart, never counted.
  const difficulties = useMemo(() => all.filter((d) => !reportsProgress(d)), [all]);
  const progress = all.filter(reportsProgress);
  // The same rows draw the same chart: a render for another reason (the next model's answers on
  // their way, a hover elsewhere) must not redraw it.
  const chart = useMemo(() => difficultyChart(difficulties, lang, category), [difficulties, lang, category]);
  const shown = category ? difficulties.filter((d) => d.categories.includes(category)) : difficulties;
  const where = (d: ModelDifficultyRow): string => (d.provinceCode ? m.provincial(provinceName(d.provinceCode, lang)) : m.national);
  const sourceText = lang === 'en' ? <span className="kpi-note"> {common.sourceTextNote}</span> : null;

  return (
    <div className="grid">
      <div className="card span-6">
        <div className="view-header">
          <h2>{m.difficulties}</h2>
          {difficulties.length > 0 && <PictureButtons what={`mo-hinh-${model.modelNo}-kho-khan`} title={pictureTitle(`${m.difficulties} · ${model.modelNo}. ${name}`, category && categoryLabel(lang, category))}
            sources={[...new Set(difficulties.map((d) => d.source))]} body={chartBody(chart)} />}
        </div>
        {difficulties.length === 0 ? <p>{m.difficultiesNone}</p> : (
          <>
            <EChart option={chart} label={m.difficultiesChart(name)} testId="difficulty-chart"
              onItemClick={(e) => {
                const next = difficultyClick(e, category);
                if (next) setParams(next, { replace: true });
              }} />
            <h3>{m.sentences} ({m.sentencesCount(shown.length)}){sourceText}</h3>
            {category && (
              <div className="chips"><button type="button" className="chip" aria-pressed="true" onClick={() => setParams({ category: undefined }, { replace: true })}>
                {categoryLabel(lang, category)} ✕</button></div>
            )}
            <ul className="sentences" data-testid="difficulty-sentences">
              {shown.map((d) => (
                <li key={d.difficultyId}>
                  <span lang="vi">{d.text}</span>
                  <span className="meta">{d.categories.map((c) => categoryLabel(lang, c)).join(' · ')} — {where(d)} · <SourceCite source={d.source} /></span>
                </li>
              ))}
            </ul>
          </>
        )}
        {progress.length > 0 && (
          <>
            <h3 className="kpi-note">{common.progressApart(progress.length)}</h3>
            <ul className="sentences" data-testid="progress-sentences">
              {progress.map((d) => (
                <li key={d.difficultyId} data-testid="progress-sentence">
                  <span className="flag">{common.progressNotDifficulty}</span> <span lang="vi">{d.text}</span>
                  <span className="meta">{where(d)} · <SourceCite source={d.source} /></span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="card span-6">
        <h2>{m.result}{sourceText}</h2>
        <p className="quote" lang="vi">{model.resultText}</p>
        {model.replicationText && <p className="quote" lang="vi">{model.replicationText}</p>}
        <h2>{m.effectiveness}{sourceText}</h2>
        <p className="quote" lang="vi">{model.effectivenessText}</p>
        <SourceNote sources={[model.source]} />
      </div>
      <div className="card span-6">
        <h2>{m.steps}</h2>
        <p className="kpi-note">{model.modelNo2023 === null ? m.new2024 : m.no2023(model.modelNo2023)}</p>
        {steps.length === 0 ? <p>{m.stepsNone}</p> : (
          <ol className="steps" data-testid="model-steps">
            {steps.map((s) => <li key={s.stepNo} value={s.stepNo}><span lang="vi">{s.text}</span></li>)}
          </ol>
        )}
        {steps[0] && <SourceNote sources={[steps[0].source]} />}
      </div>
      <div className="card span-6">
        <h2>{m.provinceReports}</h2>
        {reports.length === 0 && (
          <p data-testid="province-reports-none">
            {reporting.length === 0 ? m.reportsNoneAtAll
              : m.reportsWithout(reporting.map((r) => `${lang === 'en' ? r.nameEn : r.nameVi} (${formatDate(lang, r.asOf)})`).join(', '))}
          </p>
        )}
        {reports.map((r) => (
          <div key={r.provinceCode} data-testid="province-report">
            <h3><a href={hrefFor(`/province/${r.provinceCode}`)}>{r.nameVi}</a> — {reportStatusLabel(common, r.status)}</h3>
            <p className="quote" lang="vi">{r.statusText}</p>
            <p>{m.localNo(r.localNo)} · {m.leadAgency}: <span lang="vi">{r.leadAgency}</span> · {m.deadline}: <span lang="vi">{r.deadline}</span></p>
            <SourceNote sources={[r.source]} />
          </div>
        ))}
        <h2>{m.quality}</h2>
        {discrepancies.length === 0 ? <p>{m.qualityNone}</p> : (
          <ul data-testid="model-discrepancies">
            {discrepancies.map((d, i) => (
              <li key={i}><strong>{discrepancyKindLabel(common, d.kind)}:</strong> <DetailText en={d.detail} vi={d.detailVi} /></li>
            ))}
          </ul>
        )}
        <p><a href={hrefFor('/quality', { model: String(model.modelNo) })}>{m.seeQuality}</a></p>
      </div>
    </div>
  );
}
