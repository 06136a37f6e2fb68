/** The one-page brief of a province: its place on the map, its models against its region and the country, and what holds it back. */
import { useContext, useMemo } from 'react';
import { ClassLegend } from '../../components/Legend.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { EditionBanner } from '../../components/EditionBanner.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import { provinceListSql, type ProvinceListRow } from '../../data/queries/catalogue.ts';
import { difficultySentencesSql, type DifficultySentenceRow } from '../../data/queries/difficulties.ts';
import {
  groupCountsSql, provinceDetailSql, provinceModelsSql, provinceReportSql, unitMembersSql,
  type GroupCountRow, type ProvinceDetailRow, type ProvinceModelRow, type ProvinceReportModelRow, type UnitMemberRow,
} from '../../data/queries/province.ts';
import { lateModelsSql, type LateModelRow } from '../../data/queries/late-models.ts';
import { allOf, StaleContext, useQuery } from '../../data/use-query.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { rankText } from '../../lib/ranking.ts';
import { useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import { unitOf } from '../../map/units.ts';
import { compare, COMPARISON_COLORS, comparisonTip, hasReport, rankOf, regionFills, unitRegionFills } from '../../state/province-state.ts';
import { modelList, topCauses } from './brief-state.ts';
import { Causes, Figure, LateList } from './BriefParts.tsx';
import { BRIEF } from './messages.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { countByStatus } from '../../domain/coverage.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { BriefChangeLine } from '../../compare/ChangesPanel.tsx';

interface Data {
  detail: ProvinceDetailRow;
  models: ProvinceModelRow[];
  counts: GroupCountRow[];
  provinces: ProvinceListRow[];
  sentences: DifficultySentenceRow[];
  members: UnitMemberRow[];
  /** The models past their deadline, when the province has a report of its own; null otherwise. */
  late: LateModelRow[] | null;
}

function Body({ detail, models, counts, provinces, sentences, members, late }: Data) {
  const m = useMessages(BRIEF);
  const common = useMessages(COMMON);
  const lang = useLang();
  const stale = useContext(StaleContext);  // the last brief's rows while this one's come: not ready to print
  const [level] = useMapLevel();
  const code = detail.provinceCode;
  const n = (v: number, digits = 0): string => formatNumber(lang, v, digits);
  const nameOf = (r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);
  const name = nameOf(detail);
  useDocumentTitle(name, common.titleBrief);
  const region = lang === 'en' ? detail.regionEn : detail.regionVi;
  const status = countByStatus(models);
  const rank = rankOf(provinces, code);
  const cmp = useMemo(() => compare(counts, code), [counts, code]);
  const fills = useMemo(() => (level === 'unit' ? unitRegionFills(provinces, code) : regionFills(provinces, code)), [level, provinces, code]);
  const tip = useMemo(() => comparisonTip(provinces, models.length, level, lang), [provinces, models.length, level, lang]);
  // The province's own report when it has one (Bình Định); otherwise what the national report
  // says holds back the models this province has not deployed.
  const own = sentences.filter((s) => s.provinceCode === code);
  const missing = new Set(models.filter((r) => r.status !== 'deployed').map((r) => r.modelNo));
  const quoted = own.length > 0 ? own : sentences.filter((s) => s.provinceCode === null && missing.has(s.modelNo));
  // Late models take a band of the sheet: two causes, with shorter quotations, keep the page to one sheet.
  const roomy = !late || late.length === 0;
  const top = topCauses(quoted, roomy ? 3 : 2);
  const others = members.filter((r) => r.provinceCode !== code).map(nameOf).join(', ');
  const unitName = detail.unitCode ? (lang === 'en' ? detail.unitNameEn : detail.unitNameVi) ?? '' : '';
  // With the late band, the lists' names are shorter still, so that two causes keep their room.
  const list = (status: string): string => modelList(models.filter((r) => r.status === status).map((r) => ({ modelNo: r.modelNo, name: nameOf(r) })), roomy ? 34 : 22);
  const notDeployed = list('not_deployed');
  const unknown = list('unknown');
  const lateSources = (late ?? []).flatMap((r) => [r.source, r.planSource]).filter((x): x is string => x !== null);
  const sources = [...new Set([...models.map((r) => r.source), ...top.causes.map((c) => c.quote.source), ...lateSources])].sort();
  return (
    <>
      <header className="brief-head" data-brief-body={stale ? undefined : ''}>
        <p className="brief-kicker">{m.kicker}</p>
        <h1>{name}</h1>
        <p className="brief-sub">{m.provinceLine(region)}{unitName && <> · {m.unitLine(unitName, others)}</>}</p>
        <SourceNote sources={sources} />
        <EditionBanner variant="brief" />
        <BriefChangeLine filter={{ province: detail.provinceCode }} />
      </header>
      <section className="brief-map">
        <ClassLegend items={[
          { id: 'selected', color: COMPARISON_COLORS.selected, label: level === 'unit' ? unitName || name : name },
          { id: 'same_region', color: COMPARISON_COLORS.same_region, label: region },
        ]} />
        <ProvinceMap fills={fills} tip={tip} level={level} highlight={level === 'unit' ? unitOf(code) : code} controls={false} label={name} />
      </section>
      <section className={`brief-side${roomy ? "" : " brief-side-dense"}`}>
        <div className="brief-figures">
          <Figure testId="brief-deployed" value={n(status.deployed)} label={statusLabel(common, 'deployed')} note={m.ofModels(n(models.length))} />
          <Figure testId="brief-not-deployed" value={n(status.not_deployed)} label={statusLabel(common, 'not_deployed')} />
          <Figure testId="brief-unknown" value={n(status.unknown)} label={statusLabel(common, 'unknown')} flagged={status.unknown > 0} />
          {rank && <Figure testId="brief-rank" label={m.rank} note={m.rankOf(n(rank.of))}
            value={rankText(rank.first, rank.last, n)} />}
        </div>
        {cmp && (
          <table className="brief-table" data-testid="brief-groups">
            <caption>{m.byGroup}</caption>
            <thead><tr><th scope="col">{m.colGroup}</th><th scope="col">{m.colProvince}</th><th scope="col">{m.colRegion}</th><th scope="col">{m.colNational}</th></tr></thead>
            <tbody>
              {[...cmp.groups, cmp.total].map((g) => (
                <tr key={g.group || 'total'} data-group={g.group || 'total'}>
                  <th scope="row">{g.group ? `${g.group} (${n(g.models)})` : `Σ (${n(g.models)})`}</th>
                  <td>{n(g.province)}</td><td>{n(g.region, 1)}</td><td>{n(g.national, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {notDeployed && <p className="brief-list"><strong>{m.notDeployedList(n(status.not_deployed))}:</strong> {notDeployed}</p>}
        {unknown && <p className="brief-list"><strong>{m.unknownList(n(status.unknown))}:</strong> {unknown}</p>}
        <Causes top={top} caption={own.length > 0 ? m.causesOwn : m.causesNational} quoteMax={roomy ? undefined : 90} />
      </section>
      {late && <LateList rows={late} />}
    </>
  );
}

/** Loads the province's rows and lays out its brief. */
export function ProvinceBrief({ code }: { code: string }) {
  const m = useMessages(BRIEF);
  const parts = allOf<[ProvinceDetailRow, ProvinceModelRow, GroupCountRow, ProvinceListRow, DifficultySentenceRow, UnitMemberRow, ProvinceReportModelRow, LateModelRow]>(
    useQuery(provinceDetailSql(code)), useQuery(provinceModelsSql(code)), useQuery(groupCountsSql()), useQuery(provinceListSql()),
    useQuery(difficultySentencesSql()), useQuery(unitMembersSql(code)), useQuery(provinceReportSql(code)), useQuery(lateModelsSql(code)),
  );
  return (
    <WhenLoaded state={parts}>{([[detail], models, counts, provinces, sentences, members, report, late]) => (detail
      ? <Body detail={detail} models={models} counts={counts} provinces={provinces} sentences={sentences} members={members} late={hasReport(report) ? late : null} />
      : <p>{m.notFound}</p>)}
    </WhenLoaded>
  );
}
