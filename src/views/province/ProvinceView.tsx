import { useMemo } from 'react';
import { Notice, WhenLoaded } from '../../components/Notice.tsx';
import { provinceListSql, type ProvinceListRow } from '../../data/queries/catalogue.ts';
import {
  groupCountsSql, hanoiModelsSql, provinceDetailSql, provinceDiscrepanciesSql, provinceModelsSql, provinceReportSql, provinceViewQuestions, unitMembersSql,
  type GroupCountRow, type HanoiModelRow, type ProvinceDetailRow, type ProvinceDiscrepancyRow, type ProvinceModelRow,
  type ProvinceReportModelRow, type UnitMemberRow,
} from '../../data/queries/province.ts';
import { allOf, usePrefetch, useQuery } from '../../data/use-query.ts';
import { PROVINCE_BY_CODE, PROVINCES } from '../../domain/provinces.ts';
import { COMMON } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { HanoiModels } from './HanoiModels.tsx';
import { PROVINCE } from './messages.ts';
import { LateModels } from './LateModels.tsx';
import { hanoiRole, hasReport, reportDates } from '../../state/province-state.ts';
import { ProvinceComparison } from './ProvinceComparison.tsx';
import { ProvinceHeader } from './ProvinceHeader.tsx';
import { ProvinceModels } from './ProvinceModels.tsx';
import { ProvinceQuality } from './ProvinceQuality.tsx';
import { ProvinceReport } from './ProvinceReport.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ChangesPanel, InvalidComparison } from '../../compare/ChangesPanel.tsx';
import { changesBy } from '../../compare/compare-state.ts';
import { useChanges, useComparison } from '../../compare/use-compare.ts';

/**
 * `#/province/<code>`: one province's 44 models with their national status, its rank and how it compares
 * with its region and the country; its own report where there is one (Bình Định); Hà Nội's 19 models where relevant.
 */
export default function ProvinceView({ code }: { code: string }) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const parts = allOf<[ProvinceListRow, ProvinceDetailRow, UnitMemberRow, GroupCountRow, ProvinceModelRow, ProvinceReportModelRow, ProvinceDiscrepancyRow, HanoiModelRow]>(
    useQuery(provinceListSql()), useQuery(provinceDetailSql(code)), useQuery(unitMembersSql(code)), useQuery(groupCountsSql()),
    useQuery(provinceModelsSql(code)), useQuery(provinceReportSql(code)), useQuery(provinceDiscrepanciesSql(code)), useQuery(hanoiModelsSql()),
  );
  // The provinces either side in the list's order (the order a reader goes down it) are answered while this one is read.
  const at = PROVINCES.findIndex((p) => p.code === code);
  usePrefetch([PROVINCES[at - 1], PROVINCES[at + 1]].flatMap((p) => (at >= 0 && p ? provinceViewQuestions(p.code) : [])));
  const named = parts.status === 'ready' && !parts.stale ? parts.value[1][0] : PROVINCE_BY_CODE.get(code);
  useDocumentTitle(named ? (lang === 'en' ? named.nameEn : named.nameVi) : code, common.navProvinces);
  // With `?compare=<date>`: this province's rows changed since that edition, and a column of change in its models.
  const { comparison, invalid } = useComparison();
  const changes = useChanges(comparison, { province: code });
  const changed = useMemo(() => (changes?.status === 'ready' ? changesBy(changes.rows, (r) => r.modelNo) : null), [changes]);

  return (
    <section className="view province-view" aria-labelledby="province-title" data-province={code}>
      <WhenLoaded state={parts}>{([provinces, [detail], members, groupCounts, models, report, discrepancies, hanoi]) => {
        if (!detail) return <Notice kind="error">{m.notFound(code)}</Notice>;
        const name = lang === 'en' ? detail.nameEn : detail.nameVi;
        const role = hanoiRole(code, report, hanoi);
        return (
          <>
            <ProvinceHeader detail={detail} members={members} provinces={provinces} />
            {invalid !== null && <InvalidComparison given={invalid} />}
            <ProvinceComparison detail={detail} provinces={provinces} groupCounts={groupCounts} models={models} />
            {comparison && changes && <div className="grid"><ChangesPanel date={comparison.date} state={changes} what={`tinh-${code}`} showProvince={false} /></div>}
            <ProvinceModels name={name} rows={models} changes={changed} />
            {hasReport(report) && (
              <ProvinceReport name={name} rows={report} summary={discrepancies.filter((d) => d.kind === 'summary_vs_rows')} />
            )}
            {hasReport(report) && <LateModels code={code} {...reportDates(report)} />}
            {role && <HanoiModels role={role} name={name} rows={hanoi} />}
            <ProvinceQuality rows={discrepancies.filter((d) => d.kind !== 'summary_vs_rows')} />
          </>
        );
      }}</WhenLoaded>
    </section>
  );
}
