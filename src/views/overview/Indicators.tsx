import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { Kpi } from '../../components/Kpi.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import type { IndicatorRow } from '../../data/queries/overview.ts';
import { COMMON, indicatorThemeLabel } from '../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { OVERVIEW } from './messages.ts';
import { INDICATORS_DOWNLOAD, indicatorRows } from './overview-downloads.ts';

/** The national indicators of report 002, by theme, each with its unit, as-of date and source sentence. */
export function Indicators({ rows }: { rows: IndicatorRow[] }) {
  const m = useMessages(OVERVIEW);
  const common = useMessages(COMMON);
  const lang = useLang();
  const themes = [...new Set(rows.map((r) => r.theme))];
  return (
    <div className="card span-12" data-testid="indicators">
      <div className="view-header">
        <h2>{m.indicatorsTitle}</h2>
        <DownloadButtons what="chi-tieu-toan-quoc" title={m.indicatorsTitle} table={INDICATORS_DOWNLOAD} rows={indicatorRows(rows)} />
      </div>
      <p className="lede">{m.indicatorsLede}</p>
      {themes.map((theme) => (
        <section key={theme} className="indicator-theme" aria-label={indicatorThemeLabel(common, theme)}>
          <h3>{theme} · {indicatorThemeLabel(common, theme)}</h3>
          <div className="kpis">
            {rows.filter((r) => r.theme === theme).map((r) => (
              <Kpi key={r.indicatorId} testId={`indicator-${r.indicatorId}`}
                value={<>{formatNumber(lang, r.value, 2)} <small>{lang === 'en' ? r.unitEn : r.unit}</small></>}
                label={lang === 'en' ? r.nameEn : r.nameVi}
                note={<span title={r.quote} lang="vi">{formatDate(lang, r.asOf)}</span>} />
            ))}
          </div>
        </section>
      ))}
      {rows[0] && <SourceNote sources={[rows[0].source]} />}
    </div>
  );
}
