import { Fragment } from 'react';
import type { ProvinceListRow } from '../../data/queries/catalogue.ts';
import type { ProvinceDetailRow, UnitMemberRow } from '../../data/queries/province.ts';
import { COMMON, provinceKindLabel } from '../../i18n/common.ts';
import { collator, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { PROVINCE } from './messages.ts';
import { PrintBriefLink } from '../../components/PrintBriefLink.tsx';

interface Props {
  detail: ProvinceDetailRow;
  members: UnitMemberRow[];
  provinces: ProvinceListRow[];
}

/** The province selector, the title with kind and region, and the provincial unit the province belongs to since 1 July 2025. */
export function ProvinceHeader({ detail, members, provinces }: Props) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { go } = useLocation();
  const nameOf = (r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);
  const c = collator(lang);
  const options = [...provinces].sort((a, b) => c.compare(nameOf(a), nameOf(b)));
  const others = members.filter((r) => r.provinceCode !== detail.provinceCode);
  const unitName = detail.unitCode !== null && detail.unitNameVi !== null
    ? m.unitName(detail.unitKind ?? 'province', lang === 'en' ? detail.unitNameEn ?? detail.unitNameVi : detail.unitNameVi)
    : null;
  const seatName = lang === 'en' ? detail.unitSeatNameEn : detail.unitSeatNameVi;

  return (
    <>
      <nav className="model-nav" aria-label={m.chooseProvince}>
        <label className="inline-field">{m.chooseProvince}{' '}
          <select data-testid="province-select" value={detail.provinceCode} onChange={(e) => go(`/province/${e.target.value}`)}>
            {options.map((r) => <option key={r.provinceCode} value={r.provinceCode}>{nameOf(r)}</option>)}
          </select>
        </label>
        <a href={hrefFor('/province')}>{m.allProvinces}</a>
      </nav>
      <header className="view-header">
        <div>
          <h1 id="province-title">{nameOf(detail)}</h1>
          <p className="lede" data-testid="province-region">
            {m.regionLine(provinceKindLabel(common, detail.kind), lang === 'en' ? detail.regionEn : detail.regionVi, detail.provinceCode)}
          </p>
          <p className="lede" data-testid="province-unit">
            {unitName === null ? m.unitNone : others.length === 0 ? m.unitSingle(unitName) : (
              <>
                {m.unitMerged(unitName)}{' '}
                {others.map((r, i) => (
                  <Fragment key={r.provinceCode}>
                    {i > 0 && ', '}
                    <a href={hrefFor(`/province/${r.provinceCode}`)} data-province={r.provinceCode}>{nameOf(r)}</a>
                  </Fragment>
                ))}
                {'. '}
                {seatName && m.unitSeat(seatName)}
              </>
            )}
          </p>
        </div>
        <PrintBriefLink path={`/province/${detail.provinceCode}`} />
      </header>
    </>
  );
}
