import { useMemo } from 'react';
import { chartFontPx, EChart } from '../../charts/EChart.tsx';
import { chartBody, PICTURE_BODY, pictureSize, pictureTitle } from '../../charts/picture.ts';
import { useWidth } from '../../charts/use-width.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { PictureButtons } from '../../components/PictureButtons.tsx';
import { NATIONAL_SOURCE } from '../../data/queries/catalogue.ts';
import type { CoverageByModelRow, MatrixCellRow, ModelsByProvinceRow } from '../../data/queries/overview.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { useLocation } from '../../state/url-state.ts';
import { OVERVIEW } from './messages.ts';
import { matrixDownload } from './matrix-export.ts';
import { MODEL_COUNTS_DOWNLOAD, modelCountRows } from './overview-downloads.ts';
import { coverageChart, coverageClick, matrixChart, matrixClick, type MatrixOrder } from '../../state/overview-state.ts';

function useStatusLabels() {
  const common = useMessages(COMMON);
  return useMemo(() => ({ deployed: common.statusDeployed, notDeployed: common.statusNotDeployed, unknown: common.statusUnknown }), [common]);
}

/** Coverage of each model: provinces deployed, not deployed and unknown, as stacked bars. */
export function ModelCoverageChart({ models, groupsLabel, groupsTitle }: { models: CoverageByModelRow[]; groupsLabel: string; groupsTitle: string }) {
  const m = useMessages(OVERVIEW);
  const lang = useLang();
  const { go } = useLocation();
  const labels = useStatusLabels();
  const [boxRef, width] = useWidth<HTMLDivElement>();
  // Laid out for the box it is drawn in (labels wrap to its width), and anew for the picture.
  const chart = useMemo(() => coverageChart(models, lang, labels, { width, fontPx: chartFontPx() }), [models, lang, labels, width]);
  const picture = useMemo(() => coverageChart(models, lang, labels, PICTURE_BODY), [models, lang, labels]);
  return (
    <div className="card span-7">
      <div className="view-header">
        <h2>{m.coverageTitle}</h2>
        <div className="view-actions">
          <PictureButtons what={`tong-quan-trien-khai-theo-mo-hinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`} title={pictureTitle(m.coverageTitle, groupsTitle)} sources={[NATIONAL_SOURCE]}
            body={chartBody(picture.option)} size={pictureSize(picture.height)} />
          <DownloadButtons what={`tong-quan-trien-khai-theo-mo-hinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`} title={m.coverageTitle}
            table={MODEL_COUNTS_DOWNLOAD} rows={modelCountRows(models)} />
        </div>
      </div>
      <div className="coverage-box" ref={boxRef} style={{ height: chart.height }}>
        {/* Drawn once its box is measured: a first layout for a guessed width would be drawn in vain. */}
        {width > 0 && <EChart option={chart.option} className="chart chart-fill" label={m.coverageLabel} testId="coverage-chart"
          onItemClick={(e) => { const to = coverageClick(e); if (to) go(to); }} />}
      </div>
    </div>
  );
}

/** The model × province matrix, sortable (sort kept in the URL), each cell and label a link. */
export function CoverageMatrix({ models, provinces, cells, groupsLabel, groupsTitle }: { models: CoverageByModelRow[]; provinces: ModelsByProvinceRow[]; cells: MatrixCellRow[]; groupsLabel: string; groupsTitle: string }) {
  const m = useMessages(OVERVIEW);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams, go } = useLocation();
  const labels = useStatusLabels();
  const psort: MatrixOrder['provinces'] = location.params.psort === 'name' || location.params.psort === 'deployed' ? location.params.psort : 'region';
  const msort: MatrixOrder['models'] = location.params.msort === 'coverage' ? 'coverage' : 'number';
  const matrix = useMemo(() => {
    const pName = new Map(provinces.map((p) => [p.provinceCode, lang === 'en' ? p.nameEn : p.nameVi]));
    const mName = new Map(models.map((r) => [r.modelNo, lang === 'en' ? r.nameEn : r.nameVi]));
    return matrixChart(cells, provinces, models, { provinces: psort, models: msort }, lang, labels,
      (no, code, status) => `${pName.get(code) ?? code}\n${no}. ${mName.get(no) ?? ''}\n${statusLabel(common, status)}`);
  }, [cells, provinces, models, psort, msort, lang, labels, common]);
  const wide = useMemo(() => {
    const byCode = new Map(provinces.map((p) => [p.provinceCode, p]));
    return matrixDownload(cells, matrix.provinceOrder.flatMap((code) => byCode.get(code) ?? []), models);
  }, [cells, provinces, models, matrix.provinceOrder]);

  return (
    <div className="card span-12">
      <div className="view-header">
        <h2>{m.matrixTitle}</h2>
        <div className="view-actions">
          <label className="inline-field">{m.sortProvinces}
            <select value={psort} onChange={(e) => setParams({ psort: e.target.value === 'region' ? undefined : e.target.value }, { replace: true })}>
              <option value="region">{m.byRegion}</option><option value="name">{m.byName}</option><option value="deployed">{m.byDeployed}</option>
            </select>
          </label>
          <label className="inline-field">{m.sortModels}
            <select value={msort} onChange={(e) => setParams({ msort: e.target.value === 'number' ? undefined : e.target.value }, { replace: true })}>
              <option value="number">{m.byNumber}</option><option value="coverage">{m.byCoverage}</option>
            </select>
          </label>
          <PictureButtons what={`ma-tran-mo-hinh-tinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`} title={pictureTitle(m.matrixTitle, groupsTitle)} sources={[NATIONAL_SOURCE]} body={chartBody(matrix.option)} />
          <DownloadButtons what={`ma-tran-mo-hinh-tinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`} title={m.matrixTitle} table={wide.table} rows={wide.rows} />
        </div>
      </div>
      <p className="kpi-note">{m.matrixHint}</p>
      <div className="matrix-scroll">
        <div className="matrix-box" style={{ height: `${Math.max(24, models.length * 1.25 + 10)}rem` }}>
          <EChart lazy option={matrix.option} className="chart chart-fill" label={m.matrixLabel} testId="matrix-chart"
            onItemClick={(e) => { const to = matrixClick(e); if (to) go(to); }} />
        </div>
      </div>
    </div>
  );
}
