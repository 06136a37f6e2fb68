import { COMMON, statusLabel } from '../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../i18n/i18n.ts';
import { COVERAGE_STATUSES } from '../domain/coverage.ts';
import { MAP_MESSAGES } from '../map/messages.ts';
import { UNIT_STATUSES } from '../map/units.ts';

/** A legend of statuses: each with its swatch, its name and how many shapes have it. */
function CountLegend<S extends string>({ statuses, label, counts }: { statuses: readonly S[]; label: (status: S) => string; counts: Readonly<Record<string, number>> }) {
  const lang = useLang();
  return (
    <ul className="legend" data-testid="status-legend">
      {statuses.map((s) => (
        <li key={s} data-status={s}>
          <span className={`swatch status-${s}`} aria-hidden="true" />
          <span>{label(s)}: <strong>{formatNumber(lang, counts[s] ?? 0)}</strong></span>
        </li>
      ))}
    </ul>
  );
}

/** The legend of a coverage map: each status and how many provinces have it. */
export function StatusLegend({ counts }: { counts: Readonly<Record<string, number>> }) {
  const m = useMessages(COMMON);
  return <CountLegend statuses={COVERAGE_STATUSES} label={(s) => statusLabel(m, s)} counts={counts} />;
}

/** A legend of classes: swatch and label for each. */
export function ClassLegend({ items, title }: { items: readonly { id: string; color: string; label: string }[]; title?: string }) {
  return (
    <ul className="legend" aria-label={title}>
      {title && <li className="legend-title">{title}</li>}
      {items.map((i) => (
        <li key={i.id} data-status={i.id}>
          <span className="swatch" style={{ background: i.color }} aria-hidden="true" />
          <span>{i.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** The legend of a coverage map of the 34 units of 2025: how many units stand each way. */
export function UnitStatusLegend({ counts }: { counts: Readonly<Record<string, number>> }) {
  const m = useMessages(MAP_MESSAGES);
  return <CountLegend statuses={UNIT_STATUSES} label={(s) => m.unitStatus[s]} counts={counts} />;
}
