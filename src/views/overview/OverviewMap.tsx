import { useCallback, useMemo, type ReactNode } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { CsvButton } from '../../components/CsvButton.tsx';
import { ClassLegend } from '../../components/Legend.tsx';
import type { ModelsByProvinceRow } from '../../data/queries/overview.ts';
import { COMMON } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { useLocation } from '../../state/url-state.ts';
import { OVERVIEW } from './messages.ts';
import { deployedFills, rankingChart } from './overview-state.ts';

/** The map of models deployed per province, `children` beside it, and the same provinces ranked below. */
export function OverviewMap({ rows, groupsLabel, children }: { rows: ModelsByProvinceRow[]; groupsLabel: string; children?: ReactNode }) {
  const m = useMessages(OVERVIEW);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { go } = useLocation();
  const { fills, classes } = useMemo(() => deployedFills(rows), [rows]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.provinceCode, r])), [rows]);
  const tip = useCallback((code: string) => {
    const r = byCode.get(code);
    return r ? { title: lang === 'en' ? r.nameEn : r.nameVi, lines: [m.tipDeployed(r.deployed, r.models), ...(r.unknown ? [m.tipUnknown(r.unknown)] : [])] } : { title: code, lines: [] };
  }, [byCode, lang, m]);
  const ranking = useMemo(() => rankingChart(rows, lang, { deployed: common.statusDeployed, unknown: common.statusUnknown }), [rows, lang, common]);
  const open = (code: string | undefined): void => { if (code) go(`/province/${code}`); };
  const csvWhat = `tong-quan-so-mo-hinh-theo-tinh${groupsLabel ? `-nhom-${groupsLabel}` : ''}`;
  return (
    <>
      <div className="card span-5">
        <div className="view-header">
          <h2>{m.mapTitle}</h2>
          <CsvButton what={csvWhat} rows={rows} columns={['provinceCode', 'nameVi', 'nameEn', 'deployed', 'notDeployed', 'unknown', 'models']} />
        </div>
        <ClassLegend items={classes.map((c) => ({ id: c.id, color: c.color, label: m.mapClass(c.id.replace('-', '–')) }))} />
        <ProvinceMap fills={fills} tip={tip} label={m.mapLabel} onSelect={open} />
      </div>
      {children}
      <div className="card span-12">
        <h2>{m.rankTitle}</h2>
        <EChart lazy option={ranking} className="chart chart-ranking" label={m.rankLabel} testId="ranking-chart"
          onItemClick={(e) => {
            if (e.componentType === 'series') open((e.data as { provinceCode?: string } | undefined)?.provinceCode);
            else if (e.componentType === 'xAxis') open(rows.find((r) => (lang === 'en' ? r.nameEn : r.nameVi) === e.value)?.provinceCode);
          }} />
      </div>
    </>
  );
}
