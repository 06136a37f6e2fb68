import { useMemo } from 'react';
import { groupsSql, modelsByProvinceSql, coverageByModelSql, type CoverageByModelRow, type GroupRow, type ModelsByProvinceRow } from '../../../data/queries/overview.ts';
import { groupName } from '../../../lib/sentence-case.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { ProvinceMap } from '../../../map/ProvinceMap.tsx';
import { nationalFigures } from '../../../state/national-figures.ts';
import { deployedFills, unitDeployedFills } from '../../../state/overview-state.ts';
import { WALL } from '../messages.ts';
import { leadingPlaces } from './national-scene-state.ts';
import { sceneValue } from './scene-data.ts';

/** The national map of models deployed per province (all groups, or one), with the key figures. */
export function NationalScene({ group, level }: { group: string | null; level: MapLevel }) {
  const m = useMessages(WALL);
  const lang = useLang();
  const groups = useMemo(() => (group ? [group] : []), [group]);
  const byProvince = useQuery<ModelsByProvinceRow>(modelsByProvinceSql(groups));
  const data = sceneValue(allOf<[ModelsByProvinceRow, CoverageByModelRow, GroupRow]>(byProvince, useQuery(coverageByModelSql(groups)), useQuery(groupsSql())));
  const rows = byProvince.status === 'ready' ? byProvince.rows : null;
  const { fills: provinceFills, classes } = useMemo(() => deployedFills(rows ?? []), [rows]);
  const fills = useMemo(() => (level === 'unit' ? unitDeployedFills(rows ?? []) : provinceFills), [level, rows, provinceFills]);
  const name = (r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);
  if (!data) return null;
  const [provinces, models, groupRows] = data;
  const figures = nationalFigures(models, provinces.length);
  const groupRow = groupRows.find((g) => g.group === group);
  return (
    <div className="wall-scene-grid">
      <h1 className="wall-title">{groupRow ? m.nationalGroup(groupRow.group, groupName(name(groupRow))) : m.national}</h1>
      <div className="wall-map"><ProvinceMap dark interactive={false} fills={fills} level={level} label={m.national} /></div>
      <div className="wall-side">
        <div className="wall-figure"><strong>{formatNumber(lang, figures.deployedCells)}</strong><span>{m.deployments}</span></div>
        <div className="wall-figure"><strong>{formatNumber(lang, figures.perProvince, 1)}</strong><span>{m.avgPerProvince}</span></div>
        <div className="wall-figure"><strong>{formatNumber(lang, figures.inAllProvinces)}</strong><span>{m.allProvinces}</span></div>
        <ul className="wall-legend">
          {classes.map((c) => <li key={c.id}><span className="swatch" style={{ background: c.color }} />{c.id.replace('-', '–')}</li>)}
        </ul>
        <h2 className="wall-sub">{m.top}</h2>
        <ol className="wall-top" data-testid="wall-leading">
          {leadingPlaces(provinces, name).map((p) => (
            <li key={p.rank} value={p.rank} data-rank={p.rank} data-count={p.count} data-deployed={p.deployed}>
              {p.names ? p.names.join(', ') : m.provincesAt(formatNumber(lang, p.count))} <span>{p.deployed}/{p.models}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
