import { useMemo } from 'react';
import { pictureTitle } from '../../charts/picture.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { FilterSelect } from '../../components/Filters.tsx';
import { Kpi } from '../../components/Kpi.tsx';
import { StatusLegend, UnitStatusLegend } from '../../components/Legend.tsx';
import type { ModelCoverageRow, ModelDetailRow } from '../../data/queries/model.ts';
import { COVERAGE_STATUSES, countByStatus } from '../../domain/coverage.ts';
import { basisLabel, COMMON, fundingKindLabel, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { MapLevelSwitch, useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { statusLegend, unitStatusLegend } from '../../map/legend.ts';
import { MAP_MESSAGES } from '../../map/messages.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { unitCoverage, unitStatusCounts } from '../../map/units.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { MODEL } from './messages.ts';
import { COVERAGE_DOWNLOAD, coverageRows } from './model-downloads.ts';
import { coverageFills, coverageTip } from '../../state/model-state.ts';
import { ChangeLegend, ChangesPanel, InvalidComparison } from '../../compare/ChangesPanel.tsx';
import { changeCounts, changesBy, withChanges } from '../../compare/compare-state.ts';
import { useChanges, useComparison } from '../../compare/use-compare.ts';
import { SourceNote } from '../../components/SourceNote.tsx';
import { releaseFirstScreen } from '../../app/first-screen.ts';

/** The key figures, the coverage map with its legend, and the 63 rows behind it. */
export function ModelCoverage({ model, rows }: { model: ModelDetailRow; rows: ModelCoverageRow[] }) {
  const m = useMessages(MODEL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, go } = useLocation();
  const filter = location.params.status ?? '';
  const name = lang === 'en' ? model.nameEn : model.nameVi;
  const counts = countByStatus(rows);
  const mapText = useMessages(MAP_MESSAGES);
  const [level] = useMapLevel();
  const units = useMemo(() => unitCoverage(rows), [rows]);
  // With `?compare=<date>`: the rows changed since that edition, outlined on the map (provinces, not the 34 units).
  const { comparison, invalid } = useComparison();
  const changes = useChanges(comparison, { model: model.modelNo });
  const changed = changes?.status === 'ready' ? changes.rows : null;
  const fills = useMemo(() => {
    const base = coverageFills(rows, level);
    return changed && level === 'province' ? withChanges(base, changesBy(changed, (r) => r.provinceCode)) : base;
  }, [level, rows, changed]);
  const tip = useMemo(() => coverageTip(rows, level, lang), [rows, level, lang]);
  const shown = filter ? rows.filter((r) => r.status === filter) : rows;
  const n = (x: number): string => formatNumber(lang, x);
  const legend = level === 'unit' ? unitStatusLegend(unitStatusCounts(units), mapText.unitStatus, n) : statusLegend(counts, (s) => statusLabel(common, s), n);
  // The map's rows and the key figures above come from these reports.
  const sources = useMemo(() => [...new Set(rows.map((r) => r.source))], [rows]);
  const mismatch = model.statedCount !== null && model.listedCount !== null && model.statedCount !== model.listedCount;

  return (
    <div className="grid">
      {invalid !== null && <div className="card span-12"><InvalidComparison given={invalid} /></div>}
      {comparison && changes && <ChangesPanel date={comparison.date} state={changes} what={`mo-hinh-${model.modelNo}`} showModel={false} />}
      <div className="card span-12">
        <div className="kpis">
          <Kpi testId="kpi-deployed" value={formatNumber(lang, counts.deployed ?? 0)} label={statusLabel(common, 'deployed')} />
          <Kpi testId="kpi-not-deployed" value={formatNumber(lang, counts.not_deployed ?? 0)} label={statusLabel(common, 'not_deployed')} />
          <Kpi testId="kpi-unknown" value={formatNumber(lang, counts.unknown ?? 0)} label={statusLabel(common, 'unknown')} />
          <Kpi testId="kpi-stated-listed" flagged={mismatch}
            value={<>{model.statedCount === null ? m.statedNone : formatNumber(lang, model.statedCount)} / {model.listedCount === null ? m.listedNone : formatNumber(lang, model.listedCount)}</>}
            label={m.statedVsListed} note={mismatch ? <span className="flag">{m.mismatch}</span> : undefined} />
          <Kpi value={model.replicationCount === null ? m.replicationNone : formatNumber(lang, model.replicationCount)} label={m.replication}
            flagged={model.replicationCount === null} />
          <Kpi value={model.fundingKind ? fundingKindLabel(common, model.fundingKind) : '—'} label={m.funding} note={model.fundingText ? <span lang="vi">{model.fundingText}</span> : undefined} />
        </div>
      </div>
      <div className="card span-7">
        <div className="map-head"><h2>{m.mapTitle}</h2><MapLevelSwitch /></div>
        {level === 'unit' ? <UnitStatusLegend counts={unitStatusCounts(units)} /> : <StatusLegend counts={counts} />}
        {changed && level === 'province' && <ChangeLegend counts={changeCounts(changed)} />}
        <ProvinceMap fills={fills} tip={tip} level={level} label={m.mapLabel(name)} onSelect={(code) => go(`/province/${code}`)} onDrawn={releaseFirstScreen}
          picture={{ what: `mo-hinh-${model.modelNo}-ban-do${level === 'unit' ? '-34' : ''}`, title: pictureTitle(`${m.mapTitle} · ${model.modelNo}. ${name}`, level === 'unit' && mapText.levelUnits),
            sources, legend }} />
        <SourceNote sources={sources} />
      </div>
      <div className="card span-5">
        <div className="view-header">
          <h2>{m.tableTitle}</h2>
          <DownloadButtons what={`mo-hinh-${model.modelNo}-ban-do`} title={`${m.mapTitle} · ${model.modelNo}. ${name}`}
            table={COVERAGE_DOWNLOAD} rows={coverageRows(model.modelNo, shown)} />
        </div>
        <FilterSelect label={m.filterStatus} param="status" value={filter} all={m.allStatuses}
          options={COVERAGE_STATUSES.map((s) => ({ value: s, label: statusLabel(common, s) }))} />
        <div className="table-wrap table-scroll">
          <table className="data-table" data-testid="coverage-table">
            <thead><tr><th scope="col">{m.province}</th><th scope="col">{m.status}</th><th scope="col">{m.basis}</th><th scope="col">{m.namedAs}</th></tr></thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.provinceCode} data-province={r.provinceCode} data-status={r.status}>
                  <td><a href={hrefFor(`/province/${r.provinceCode}`)}>{lang === 'en' ? r.nameEn : r.nameVi}</a></td>
                  <td><span className="badge"><span className={`swatch status-${r.status}`} aria-hidden="true" />{statusLabel(common, r.status)}</span></td>
                  <td>{basisLabel(common, r.basis)}</td>
                  <td>{r.namedAs ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
