import { useMemo, type ReactNode } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { chartBody, pictureTitle } from '../../charts/picture.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { PictureButtons } from '../../components/PictureButtons.tsx';
import { NATIONAL_SOURCE } from '../../data/queries/catalogue.ts';
import { ClassLegend } from '../../components/Legend.tsx';
import type { ModelsByProvinceRow } from '../../data/queries/overview.ts';
import { COMMON } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { MapLevelSwitch, useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { MAP_MESSAGES } from '../../map/messages.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { useLocation } from '../../state/url-state.ts';
import { OVERVIEW } from './messages.ts';
import { releaseFirstScreen } from '../../app/first-screen.ts';
import { PROVINCE_COUNTS_DOWNLOAD, provinceCountRows } from './overview-downloads.ts';
import { deployedFills, deployedTip, rankedProvinces, rankingChart, rankingClick, unitDeployedFills } from '../../state/overview-state.ts';
import type { ChangeRow } from '../../data/queries/changes.ts';
import { ChangeLegend } from '../../compare/ChangesPanel.tsx';
import { changesBy, shapeCounts, withChanges } from '../../compare/compare-state.ts';

/** The map of models deployed per province, `children` beside it, and the same provinces ranked below. */
export function OverviewMap({ rows, groupsLabel, groupsTitle, changes = null, children }: {
  rows: ModelsByProvinceRow[]; groupsLabel: string; groupsTitle: string;
  /** The rows changed since an earlier edition (`?compare=`): each province with a change is outlined. */
  changes?: readonly ChangeRow[] | null;
  children?: ReactNode;
}) {
  const m = useMessages(OVERVIEW);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { go } = useLocation();
  const mapText = useMessages(MAP_MESSAGES);
  const [level] = useMapLevel();
  const { fills: provinceFills, classes } = useMemo(() => deployedFills(rows), [rows]);
  const changed = useMemo(() => (changes ? changesBy(changes, (r) => r.provinceCode) : null), [changes]);
  const fills = useMemo(() => (level === 'unit' ? unitDeployedFills(rows) : changed ? withChanges(provinceFills, changed) : provinceFills), [level, rows, provinceFills, changed]);
  const tip = useMemo(() => deployedTip(rows, level, lang), [rows, level, lang]);
  const ranking = useMemo(() => rankingChart(rows, lang, { deployed: common.statusDeployed, unknown: common.statusUnknown }), [rows, lang, common]);
  const open = (code: string | undefined): void => { if (code) go(`/province/${code}`); };
  const csvWhat = `tong-quan-so-mo-hinh-theo-tinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`;
  const rankWhat = `xep-hang-tinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`;
  const rankRows = useMemo(() => provinceCountRows(rankedProvinces(rows, lang)), [rows, lang]);
  const legend = { title: level === 'unit' ? mapText.unitMeanLegend : undefined, items: classes.map((c) => ({ id: c.id, color: c.color, label: m.mapClass(c.id.replace('-', '–')) })) };
  return (
    <>
      <div className="card span-5">
        <div className="view-header">
          <h2>{m.mapTitle}</h2>
          <DownloadButtons what={csvWhat} title={m.mapTitle} table={PROVINCE_COUNTS_DOWNLOAD} rows={provinceCountRows(rows)} />
        </div>
        <MapLevelSwitch />
        <ClassLegend items={legend.items} title={legend.title} />
        {changed && level === 'province' && <ChangeLegend counts={shapeCounts(changed)} />}
        <ProvinceMap fills={fills} tip={tip} level={level} label={m.mapLabel} onSelect={open} onDrawn={releaseFirstScreen}
          picture={{ what: `${csvWhat}${level === 'unit' ? '-34' : ''}`, title: pictureTitle(m.mapTitle, groupsTitle, level === 'unit' && mapText.levelUnits), sources: [NATIONAL_SOURCE], legend }} />
      </div>
      {children}
      <div className="card span-12">
        <div className="view-header">
          <h2>{m.rankTitle}</h2>
          <div className="view-actions">
            <PictureButtons what={rankWhat} title={pictureTitle(m.rankTitle, groupsTitle)} sources={[NATIONAL_SOURCE]} body={chartBody(ranking)} />
            <DownloadButtons what={rankWhat} title={m.rankTitle} table={PROVINCE_COUNTS_DOWNLOAD} rows={rankRows} />
          </div>
        </div>
        <EChart lazy option={ranking} className="chart chart-ranking" label={m.rankLabel} testId="ranking-chart"
          onItemClick={(e) => { const to = rankingClick(e); if (to) go(to); }} />
      </div>
    </>
  );
}
