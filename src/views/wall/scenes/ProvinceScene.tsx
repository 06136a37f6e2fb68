import { useMemo } from 'react';
import { EChart } from '../../../charts/EChart.tsx';
import { groupCountsSql, provinceDetailSql, type GroupCountRow, type ProvinceDetailRow } from '../../../data/queries/province.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import { rankText } from '../../../lib/ranking.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { ProvinceMap } from '../../../map/ProvinceMap.tsx';
import { unitOf } from '../../../map/units.ts';
import { compare, rankFromGroups } from '../../../state/province-state.ts';
import { WALL } from '../messages.ts';
import { provinceSceneChart, provinceSceneFills } from './chart-scenes-state.ts';
import { sceneValue } from './scene-data.ts';

/** A province wall's own scene: its models deployed, its rank, and each group against the national average. */
export function ProvinceScene({ code, level }: { code: string; level: MapLevel }) {
  const m = useMessages(WALL);
  const lang = useLang();
  const data = sceneValue(allOf<[ProvinceDetailRow, GroupCountRow]>(useQuery(provinceDetailSql(code)), useQuery(groupCountsSql())));
  const detail = data?.[0][0];
  const counts = data?.[1];
  const name = detail ? (lang === 'en' ? detail.nameEn : detail.nameVi) : code;
  const cmp = useMemo(() => (counts ? compare(counts, code) : null), [counts, code]);
  const fills = useMemo(() => provinceSceneFills(code, level), [code, level]);
  const option = useMemo(() => cmp && provinceSceneChart(cmp, { province: name, national: m.nationalAverageLabel }), [cmp, name, m]);
  const rank = useMemo(() => (counts ? rankFromGroups(counts, code) : null), [counts, code]);
  if (!detail || !cmp || !option) return null;
  return (
    <div className="wall-scene-grid">
      <h1 className="wall-title">{m.province(name)}</h1>
      <div className="wall-map"><ProvinceMap dark interactive={false} fills={fills} level={level} highlight={level === 'unit' ? unitOf(code) : code} label={name} /></div>
      <div className="wall-side">
        <div className="wall-figure"><strong>{cmp.total.province}</strong><span>{m.provinceDeployed(cmp.total.province)}</span></div>
        <p className="wall-note">{m.nationalAverage(formatNumber(lang, cmp.total.national, 1))}</p>
        {rank && <p className="wall-note">{m.rank(rankText(rank.first, rank.last))}</p>}
        <h2 className="wall-sub">{m.byGroup}</h2>
        <EChart option={option} className="wall-chart-small" label={m.byGroup} />
      </div>
    </div>
  );
}
