/** The one-page brief of a model: its coverage map, key figures and main difficulties. */
import { useContext, useMemo } from 'react';
import { StatusLegend, UnitStatusLegend } from '../../components/Legend.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { EditionBanner } from '../../components/EditionBanner.tsx';
import { SourceCite, SourceNote } from '../../components/SourceNote.tsx';
import { modelCoverageSql, modelDetailSql, modelDifficultiesSql, type ModelCoverageRow, type ModelDetailRow, type ModelDifficultyRow } from '../../data/queries/model.ts';
import { allOf, StaleContext, useQuery } from '../../data/use-query.ts';
import { countByStatus } from '../../domain/coverage.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { MAP_MESSAGES } from '../../map/messages.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { unitCoverage, unitStatusCounts } from '../../map/units.ts';
import { coverageFills, coverageTip } from '../../state/model-state.ts';
import { clipQuote, topCauses } from './brief-state.ts';
import { Causes, Figure } from './BriefParts.tsx';
import { BRIEF } from './messages.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { groupName } from '../../lib/sentence-case.ts';
import { BriefChangeLine } from '../../compare/ChangesPanel.tsx';

function Body({ model, rows, difficulties }: { model: ModelDetailRow; rows: ModelCoverageRow[]; difficulties: ModelDifficultyRow[] }) {
  const m = useMessages(BRIEF);
  const common = useMessages(COMMON);
  const mapText = useMessages(MAP_MESSAGES);
  const lang = useLang();
  const stale = useContext(StaleContext);  // the last brief's rows while this one's come: not ready to print
  const [level] = useMapLevel();
  const n = (v: number): string => formatNumber(lang, v);
  const name = lang === 'en' ? model.nameEn : model.nameVi;
  useDocumentTitle(m.modelTitle(model.modelNo, name), common.titleBrief);
  const counts = countByStatus(rows);
  const units = useMemo(() => unitCoverage(rows), [rows]);
  const fills = useMemo(() => coverageFills(rows, level), [level, rows]);
  const tip = useMemo(() => coverageTip(rows, level, lang), [rows, level, lang]);
  const mismatch = model.statedCount !== null && model.listedCount !== null && model.statedCount !== model.listedCount;
  const top = topCauses(difficulties);
  const sources = [...new Set([model.source, ...rows.map((r) => r.source), ...top.causes.map((c) => c.quote.source)])].sort();
  return (
    <>
      <header className="brief-head" data-brief-body={stale ? undefined : ''}>
        <p className="brief-kicker">{m.kicker}</p>
        <h1>{m.modelTitle(model.modelNo, name)}</h1>
        <p className="brief-sub">{m.groupLine(model.group, groupName(lang === 'en' ? model.groupEn : model.groupVi))}</p>
        <SourceNote sources={sources} />
        <EditionBanner variant="brief" />
        <BriefChangeLine filter={{ model: model.modelNo }} />
      </header>
      <section className="brief-map">
        {level === 'unit' ? <UnitStatusLegend counts={unitStatusCounts(units)} /> : <StatusLegend counts={counts} />}
        <ProvinceMap fills={fills} tip={tip} level={level} controls={false} label={name} />
        {level === 'unit' && <p className="brief-caption">{mapText.levelUnits}</p>}
      </section>
      <section className="brief-side">
        <div className="brief-figures">
          <Figure testId="brief-deployed" value={n(counts.deployed ?? 0)} label={statusLabel(common, 'deployed')} note={m.provinces(n(rows.length))} />
          <Figure testId="brief-not-deployed" value={n(counts.not_deployed ?? 0)} label={statusLabel(common, 'not_deployed')} />
          <Figure testId="brief-unknown" value={n(counts.unknown ?? 0)} label={statusLabel(common, 'unknown')} flagged={(counts.unknown ?? 0) > 0} />
          <Figure testId="brief-stated-listed" flagged={mismatch} label={m.statedListed} note={mismatch ? m.mismatch : undefined}
            value={`${model.statedCount === null ? m.statedNone : n(model.statedCount)} / ${model.listedCount === null ? m.listedNone : n(model.listedCount)}`} />
          <Figure testId="brief-replication" label={m.replication} flagged={model.replicationCount === null}
            value={model.replicationCount === null ? m.replicationNone : n(model.replicationCount)} />
        </div>
        <Causes top={top} />
        {model.effectivenessText && (
          <section className="brief-causes">
            <h2>{m.effectiveness}</h2>
            <blockquote lang="vi">“{clipQuote(model.effectivenessText, 420)}” <cite><SourceCite source={model.source} /></cite></blockquote>
          </section>
        )}
      </section>
    </>
  );
}

/** Loads the model's rows and lays out its brief. */
export function ModelBrief({ no }: { no: number }) {
  const m = useMessages(BRIEF);
  const parts = allOf<[ModelDetailRow, ModelCoverageRow, ModelDifficultyRow]>(useQuery(modelDetailSql(no)), useQuery(modelCoverageSql(no)), useQuery(modelDifficultiesSql(no)));
  return (
    <WhenLoaded state={parts}>{([[model], rows, difficulties]) => (model
      ? <Body model={model} rows={rows} difficulties={difficulties} />
      : <p>{m.notFound}</p>)}
    </WhenLoaded>
  );
}
