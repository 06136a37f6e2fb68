import { useMemo } from 'react';
import { modelCoverageSql, modelDetailSql, type ModelCoverageRow, type ModelDetailRow } from '../../../data/queries/model.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { COMMON, statusLabel } from '../../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import { COVERAGE_STATUSES, countByStatus } from '../../../domain/coverage.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { ProvinceMap } from '../../../map/ProvinceMap.tsx';
import { coverageFills } from '../../../state/model-state.ts';
import { WALL } from '../messages.ts';
import { sceneValue } from './scene-data.ts';

/** One model's coverage map, its status counts, stated vs listed, replication. */
export function ModelScene({ no, level }: { no: number; level: MapLevel }) {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const coverage = useQuery<ModelCoverageRow>(modelCoverageSql(no));
  const data = sceneValue(allOf<[ModelDetailRow, ModelCoverageRow]>(useQuery(modelDetailSql(no)), coverage));
  const rows = coverage.status === 'ready' ? coverage.rows : null;
  const fills = useMemo(() => coverageFills(rows ?? [], level, true), [level, rows]);
  const model = data?.[0][0];
  if (!data || !model) return null;
  const counts = countByStatus(data[1]);
  const n = (v: number | null): string => (v === null ? '—' : formatNumber(lang, v));
  const differ = model.statedCount !== null && model.listedCount !== null && model.statedCount !== model.listedCount;
  return (
    <div className="wall-scene-grid">
      <h1 className="wall-title">{m.model(model.modelNo, lang === 'en' ? model.nameEn : model.nameVi)}</h1>
      <div className="wall-map"><ProvinceMap dark interactive={false} fills={fills} level={level} label={m.model(model.modelNo, model.nameVi)} /></div>
      <div className="wall-side">
        {COVERAGE_STATUSES.map((s) => (
          <div key={s} className="wall-figure" data-status={s}>
            <strong><span className={`swatch wall-status-${s}`} />{formatNumber(lang, counts[s] ?? 0)}</strong><span>{statusLabel(common, s)}</span>
          </div>
        ))}
        <p className={`wall-note${differ ? ' wall-flag' : ''}`}>{m.statedListed(n(model.statedCount), n(model.listedCount))}{differ ? ` — ${m.differ}` : ''}</p>
        {model.replicationCount !== null && <p className="wall-note">{m.replication(n(model.replicationCount))}</p>}
        {level === 'unit' && <p className="wall-note">{m.unitsNote}</p>}
      </div>
    </div>
  );
}
