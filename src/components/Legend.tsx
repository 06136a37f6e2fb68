import { COMMON, statusLabel } from '../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../i18n/i18n.ts';
import { COVERAGE_STATUSES } from '../domain/coverage.ts';
import { MAP_MESSAGES } from '../map/messages.ts';
import { UNIT_STATUSES } from '../map/units.ts';

/** The legend of a coverage map: each status with its swatch, its name and how many provinces have it. */
export function StatusLegend({ counts }: { counts: Readonly<Record<string, number>> }) {
  const m = useMessages(COMMON);
  const lang = useLang();
  return (
    <ul className="legend" data-testid="status-legend">
      {COVERAGE_STATUSES.map((s) => (
        <li key={s} data-status={s}>
          <span className={`swatch status-${s}`} aria-hidden="true" />
          <span>{statusLabel(m, s)}: <strong>{formatNumber(lang, counts[s] ?? 0)}</strong></span>
        </li>
      ))}
    </ul>
  );
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
  const lang = useLang();
  return (
    <ul className="legend" data-testid="status-legend">
      {UNIT_STATUSES.map((s) => (
        <li key={s} data-status={s}>
          <span className={`swatch status-${s}`} aria-hidden="true" />
          <span>{m.unitStatus[s]}: <strong>{formatNumber(lang, counts[s] ?? 0)}</strong></span>
        </li>
      ))}
    </ul>
  );
}
