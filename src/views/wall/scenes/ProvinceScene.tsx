import { useCallback, useMemo } from 'react';
import { EChart } from '../../../charts/EChart.tsx';
import { groupCountsSql, provinceDetailSql, type GroupCountRow, type ProvinceDetailRow } from '../../../data/queries/province.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import { rankText } from '../../../lib/ranking.ts';
import { STATUS_COLORS_DARK } from '../../../map/choropleth.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { ProvinceMap, type ProvinceFill } from '../../../map/ProvinceMap.tsx';
import { UNIT_MEMBERS, unitOf } from '../../../map/units.ts';
import { compare, rankOf } from '../../../state/province-state.ts';
import { WALL } from '../messages.ts';
import { darkChart, sceneValue } from './scene-data.ts';

/** A province wall's own scene: its models deployed, its rank, and each group against the national average. */
export function ProvinceScene({ code, level }: { code: string; level: MapLevel }) {
  const m = useMessages(WALL);
  const lang = useLang();
  const data = sceneValue(allOf<[ProvinceDetailRow, GroupCountRow]>(useQuery(provinceDetailSql(code)), useQuery(groupCountsSql())));
  const counts = data?.[1];
  const cmp = useMemo(() => (counts ? compare(counts, code) : null), [counts, code]);
  const mine = level === 'unit' ? unitOf(code) : code;
  const fills = useMemo(() => {
    const codes = level === 'unit' ? [...UNIT_MEMBERS.keys()] : (counts ?? []).map((r) => r.provinceCode);
    return new Map<string, ProvinceFill>(codes.map((c) => [c, c === mine ? { status: 'selected', color: STATUS_COLORS_DARK.deployed } : { status: 'other', color: '#33414f' }]));
  }, [level, counts, mine]);
  const tip = useCallback((c: string) => ({ title: c, lines: [] }), []);
  const option = useMemo(() => cmp && darkChart({
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'category', data: cmp.groups.map((g) => `${g.group} (${g.models})`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: data?.[0][0]?.[lang === 'en' ? 'nameEn' : 'nameVi'] ?? code, type: 'bar', itemStyle: { color: STATUS_COLORS_DARK.deployed }, label: { show: true, position: 'top', color: '#e8eef4' }, data: cmp.groups.map((g) => g.province) },
      { name: m.nationalAverageLabel, type: 'bar', itemStyle: { color: '#5b6570' }, data: cmp.groups.map((g) => Math.round(g.national * 10) / 10) },
    ],
  }), [cmp, data, lang, code, m]);
  const detail = data?.[0][0];
  if (!data || !detail || !cmp || !option) return null;
  const totals = new Map<string, number>();
  for (const r of data[1]) totals.set(r.provinceCode, (totals.get(r.provinceCode) ?? 0) + r.deployed);
  const rank = rankOf([...totals].map(([provinceCode, deployed]) => ({ provinceCode, deployed })), code);
  const name = lang === 'en' ? detail.nameEn : detail.nameVi;
  return (
    <div className="wall-scene-grid">
      <h1 className="wall-title">{m.province(name)}</h1>
      <div className="wall-map"><ProvinceMap dark interactive={false} fills={fills} tip={tip} level={level} highlight={mine} label={name} /></div>
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
