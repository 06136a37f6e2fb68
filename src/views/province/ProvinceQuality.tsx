import { SourceNote } from '../../components/SourceNote.tsx';
import type { ProvinceDiscrepancyRow } from '../../data/queries/province.ts';
import { COMMON, discrepancyKindLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor } from '../../state/url-state.ts';
import { PROVINCE } from './messages.ts';
import { DetailText } from '../../components/DetailText.tsx';

/** The discrepancies recorded about a province (other than its report's summary, shown with the report); nothing when there are none. */
export function ProvinceQuality({ rows }: { rows: ProvinceDiscrepancyRow[] }) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  if (rows.length === 0) return null;
  const n = (x: number | null): string => (x === null ? '—' : formatNumber(lang, x));
  return (
    <div className="grid">
      <div className="card span-12" data-testid="province-discrepancies">
        <h2>{m.quality}</h2>
        <ul>
          {rows.map((d, i) => (
            <li key={i} data-kind={d.kind}>
              <strong>{discrepancyKindLabel(common, d.kind)}:</strong> <DetailText en={d.detail} vi={d.detailVi} />
              {d.stated !== null && d.counted !== null && d.stated !== d.counted && <> <span className="flag">{n(d.stated)} ≠ {n(d.counted)}</span></>}
            </li>
          ))}
        </ul>
        <p><a href={hrefFor('/quality')}>{m.seeQuality}</a></p>
        <SourceNote sources={[...new Set(rows.map((d) => d.source))]} />
      </div>
    </div>
  );
}
