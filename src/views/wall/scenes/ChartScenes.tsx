import { useMemo } from 'react';
import { EChart } from '../../../charts/EChart.tsx';
import { difficultyCategoryCountsSql, type CategoryCountRow } from '../../../data/queries/wall.ts';
import { indicatorsSql, modelsByProvinceSql, type IndicatorRow, type ModelsByProvinceRow } from '../../../data/queries/overview.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { COMMON } from '../../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import { WALL } from '../messages.ts';
import { WALL_INDICATORS } from '../wall-config.ts';
import { difficultiesSceneChart, rankingSceneChart } from './chart-scenes-state.ts';
import { sceneValue } from './scene-data.ts';

const NO_GROUPS: string[] = [];

/** The 63 provinces ranked by models deployed. */
export function RankingScene() {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const data = sceneValue(allOf<[ModelsByProvinceRow]>(useQuery(modelsByProvinceSql(NO_GROUPS))));
  const rows = data?.[0];
  const option = useMemo(() => rankingSceneChart(rows ?? [], lang, { deployed: common.statusDeployed, unknown: common.statusUnknown }), [rows, lang, common]);
  if (!data) return null;
  return (
    <div className="wall-scene-full">
      <h1 className="wall-title">{m.ranking}</h1>
      <EChart option={option} className="wall-chart" label={m.ranking} />
    </div>
  );
}

/** Difficulty sentences by cause, all models. */
export function DifficultiesScene() {
  const m = useMessages(WALL);
  const lang = useLang();
  const data = sceneValue(allOf<[CategoryCountRow]>(useQuery(difficultyCategoryCountsSql())));
  const rows = data?.[0];
  const option = useMemo(() => difficultiesSceneChart(rows ?? [], lang), [rows, lang]);
  if (!data) return null;
  return (
    <div className="wall-scene-full">
      <h1 className="wall-title">{m.difficulties}</h1>
      <p className="wall-note">{m.difficultiesSub(rows?.[0]?.total ?? 0)}</p>
      <EChart option={option} className="wall-chart" label={m.difficulties} />
    </div>
  );
}


/** A dozen national indicators, large. */
export function IndicatorsScene() {
  const m = useMessages(WALL);
  const lang = useLang();
  const data = sceneValue(allOf<[IndicatorRow]>(useQuery(indicatorsSql())));
  if (!data) return null;
  const rows = WALL_INDICATORS.map((id) => data[0].find((r) => r.indicatorId === id)).filter((r): r is IndicatorRow => r !== undefined);
  return (
    <div className="wall-scene-full">
      <h1 className="wall-title">{m.indicators}</h1>
      <div className="wall-indicators">
        {rows.map((r) => (
          <div key={r.indicatorId} className="wall-indicator" data-indicator={r.indicatorId}>
            <strong>{formatNumber(lang, r.value, 2)} <small>{lang === 'en' ? r.unitEn : r.unit}</small></strong>
            <span>{lang === 'en' ? r.nameEn : r.nameVi}</span>
            <em>{formatDate(lang, r.asOf)}</em>
          </div>
        ))}
      </div>
    </div>
  );
}
