import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { chartBody, pictureTitle } from '../../charts/picture.ts';
import { PictureButtons } from '../../components/PictureButtons.tsx';
import { Kpi } from '../../components/Kpi.tsx';
import { ClassLegend } from '../../components/Legend.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import type { ProvinceListRow } from '../../data/queries/catalogue.ts';
import type { GroupCountRow, ProvinceDetailRow, ProvinceModelRow } from '../../data/queries/province.ts';
import { countByStatus } from '../../domain/coverage.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { rankText } from '../../lib/ranking.ts';
import { MapLevelSwitch, useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { MAP_MESSAGES } from '../../map/messages.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { unitOf } from '../../map/units.ts';
import { useLocation } from '../../state/url-state.ts';
import { PROVINCE } from './messages.ts';
import {
  compare, comparisonChart, comparisonClick, COMPARISON_COLORS, comparisonTip, GROUPS, oneOf, rankOf, regionFills, unitRegionFills, type ComparisonLabels,
} from '../../state/province-state.ts';

interface Props {
  detail: ProvinceDetailRow;
  provinces: ProvinceListRow[];
  groupCounts: GroupCountRow[];
  models: ProvinceModelRow[];
}

/** Key figures (models deployed, rank, averages), the chart by group against region and country, and the map. */
export function ProvinceComparison({ detail, provinces, groupCounts, models }: Props) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams, go } = useLocation();
  const code = detail.provinceCode;
  const group = oneOf(location.params.group, GROUPS);
  const name = lang === 'en' ? detail.nameEn : detail.nameVi;
  const region = lang === 'en' ? detail.regionEn : detail.regionVi;
  const n = (x: number, digits = 0): string => formatNumber(lang, x, digits);

  const counts = countByStatus(models);
  const rank = rankOf(provinces, code);
  const cmp = useMemo(() => compare(groupCounts, code), [groupCounts, code]);
  const labels: ComparisonLabels = useMemo(() => ({
    province: name, region: m.seriesRegion, national: m.seriesNational,
    group: (g, count) => m.groupAxis(g, formatNumber(lang, count)),
  }), [name, m, lang]);
  // Chart text follows the page's type scale (the root font size grows with the screen).
  const fontSize = Math.round((parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) * 0.85);
  const option = useMemo(() => (cmp ? comparisonChart(cmp, labels, group, fontSize) : null), [cmp, labels, group, fontSize]);

  const mapText = useMessages(MAP_MESSAGES);
  const [level] = useMapLevel();
  const fills = useMemo(() => (level === 'unit' ? unitRegionFills(provinces, code) : regionFills(provinces, code)), [level, provinces, code]);
  const tip = useMemo(() => comparisonTip(provinces, models.length, level, lang), [provinces, models.length, level, lang]);
  const legend = [
    { id: 'selected', color: COMPARISON_COLORS.selected, label: name },
    { id: 'same_region', color: COMPARISON_COLORS.same_region, label: m.legendRegion(region) },
    { id: 'other', color: COMPARISON_COLORS.other, label: m.legendOther },
  ];
  const source = models[0]?.source;

  return (
    <div className="grid">
      <div className="card span-12">
        <div className="kpis">
          <Kpi testId="kpi-deployed" value={n(counts.deployed)} label={m.deployed} note={m.ofModels(n(models.length))} />
          <Kpi testId="kpi-not-deployed" value={n(counts.not_deployed)} label={statusLabel(common, 'not_deployed')} />
          <Kpi testId="kpi-unknown" value={n(counts.unknown)} label={statusLabel(common, 'unknown')} flagged={counts.unknown > 0} />
          {rank && (
            <Kpi testId="kpi-rank" value={rankText(rank.first, rank.last, n)} label={m.rank}
              note={<>{m.rankOf(n(rank.of))}{rank.tied > 1 && <>; {m.rankTied(n(rank.tied - 1))}</>}</>} />
          )}
          {cmp && (
            <>
              <Kpi testId="kpi-region-avg" value={n(cmp.total.region, 1)} label={m.regionAvg} note={m.regionAvgNote(n(cmp.regionSize), region)} />
              <Kpi testId="kpi-national-avg" value={n(cmp.total.national, 1)} label={m.nationalAvg} note={m.nationalAvgNote(n(cmp.nationalSize))} />
            </>
          )}
        </div>
        {source && <SourceNote sources={[source]} />}
      </div>
      <div className="card span-7">
        <div className="view-header">
          <h2>{m.chartTitle}</h2>
          {option && <PictureButtons what={`tinh-${code}-theo-nhom`} title={pictureTitle(`${m.chartTitle} · ${name}`, group && m.groupChip(group))} sources={source ? [source] : []} body={chartBody(option)} />}
        </div>
        <p className="kpi-note">{m.chartHint}</p>
        {cmp && option && (
          <EChart option={option} label={m.chartLabel(name)} testId="group-chart" className="province-chart"
            onItemClick={(e) => { const changes = comparisonClick(e, cmp, group); if (changes) setParams(changes, { replace: true }); }} />
        )}
        {source && <SourceNote sources={[source]} />}
      </div>
      <div className="card span-5 map-compact">
        <div className="map-head"><h2>{m.mapTitle}</h2><MapLevelSwitch /></div>
        <ClassLegend items={legend} />
        <ProvinceMap fills={fills} tip={tip} level={level} highlight={level === 'unit' ? unitOf(code) : code} label={m.mapLabel(name)}
          onSelect={(c) => { if (c !== code) go(`/province/${c}`); }}
          picture={{ what: `tinh-${code}-ban-do${level === 'unit' ? '-34' : ''}`, title: pictureTitle(`${m.mapTitle} · ${name}`, level === 'unit' && mapText.levelUnits),
            sources: source ? [source] : [], legend: { items: legend } }} />
        <p className="kpi-note">{m.mapHint}</p>
      </div>
    </div>
  );
}
