import { useEffect, useMemo } from 'react';
import { asOfContext } from '../../../data/editions/edition-sql.ts';
import { previousEdition } from '../../../data/editions/editions.ts';
import { modelsByProvinceSql, type ModelsByProvinceRow } from '../../../data/queries/overview.ts';
import { useQuery } from '../../../data/use-query.ts';
import { useEditions } from '../../../data/use-editions.ts';
import { CHANGE_COLORS, CHANGE_KINDS } from '../../../domain/changes.ts';
import { COMMON } from '../../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { ProvinceMap } from '../../../map/ProvinceMap.tsx';
import { changeCounts, changesBy, countsBy, totalChanges, withChanges } from '../../../compare/compare-state.ts';
import { useChanges } from '../../../compare/use-compare.ts';
import { deployedFills } from '../../../state/overview-state.ts';
import { WALL } from '../messages.ts';

// As many models as read from five metres beside the map.
const SHOWN = 6;

/**
 * "Since the last report": the national changes between the coverage in use and the edition before
 * it, outlined on the map (provinces; the 34-unit wall shows the provinces here too, as changes are
 * per province). With a single edition the scene asks to be skipped; `onEmpty` says whether it was.
 */
export function ChangesScene({ onEmpty }: { level: MapLevel; onEmpty: () => boolean }) {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const view = useEditions();
  const before = previousEdition(view.state, 'coverage', view.editions);
  const context = before?.asOf ? asOfContext(before.asOf) : null;
  const date = before?.asOf ?? null;
  const comparison = useMemo(() => (date && context ? { date, context } : null), [date, context]);
  const changes = useChanges(comparison);
  const byProvince = useQuery<ModelsByProvinceRow>(modelsByProvinceSql([]));
  const rows = changes?.status === 'ready' ? changes.rows : null;
  const provinces = byProvince.status === 'ready' ? byProvince.rows : null;
  const fills = useMemo(() => withChanges(deployedFills(provinces ?? []).fills, changesBy(rows ?? [], (r) => r.provinceCode)), [provinces, rows]);
  useEffect(() => { if (!comparison) onEmpty(); }, [comparison, onEmpty]);
  if (!comparison) return <div className="wall-scene-full"><p className="wall-note">{m.changesEmpty}</p></div>;
  if (!rows || !provinces) return null;
  const counts = changeCounts(rows);
  const n = (x: number): string => formatNumber(lang, x);
  const perModel = [...countsBy(rows, (r) => r.modelNo)].sort(([a, x], [b, y]) => totalChanges(y) - totalChanges(x) || a - b).slice(0, SHOWN);
  const nameOf = (no: number): string => { const r = rows.find((x) => x.modelNo === no); return r ? (lang === 'en' ? r.modelEn : r.modelVi) : String(no); };
  return (
    <div className="wall-scene-grid" data-compare={comparison.date}>
      <h1 className="wall-title">{m.changes(formatDate(lang, comparison.date))}</h1>
      <div className="wall-map"><ProvinceMap dark interactive={false} fills={fills} level="province" label={m.changes(formatDate(lang, comparison.date))} /></div>
      <div className="wall-side">
        {CHANGE_KINDS.map((k) => (
          <div key={k} className="wall-figure" data-testid="change-count" data-change={k}>
            <strong style={{ color: CHANGE_COLORS[k].dark }}>{n(counts[k])}</strong><span>{common.changeKinds[k]}</span>
          </div>
        ))}
        {rows.length === 0 ? <p className="wall-note">{m.changesNone}</p> : (
          <>
            <h2 className="wall-sub">{m.changedModels}</h2>
            <ol className="wall-top">
              {perModel.map(([no, c]) => (
                <li key={no} data-model={no}>{no}. {nameOf(no)} {CHANGE_KINDS.filter((k) => c[k] > 0).map((k) => (
                  <span key={k} className="wall-change" style={{ color: CHANGE_COLORS[k].dark }} title={common.changeKinds[k]}> {k.startsWith('no_longer') ? '−' : '+'}{n(c[k])}</span>
                ))}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
