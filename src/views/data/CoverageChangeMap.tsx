import { useCallback, useMemo } from 'react';
import { PROVINCES } from '../../domain/provinces.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { STATUSES } from '../../map/choropleth.ts';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import type { StatusChange } from '../../upload/diff.ts';
import { changeFills, UNCHANGED_FILL } from './coverage-changes.ts';
import { UPLOAD } from './upload-messages.ts';

/** A small map of one model's status changes: changed provinces in their new status' colour, the rest pale. */
export default function CoverageChangeMap({ modelNo, changes }: { modelNo: number; changes: readonly StatusChange[] }) {
  const m = useMessages(UPLOAD);
  const common = useMessages(COMMON);
  const lang = useLang();
  const fills = useMemo(() => changeFills(PROVINCES.map((p) => p.code), changes), [changes]);
  const byCode = useMemo(() => new Map(changes.map((c) => [c.provinceCode, c])), [changes]);
  const tip = useCallback((code: string) => {
    const p = PROVINCES.find((x) => x.code === code);
    const c = byCode.get(code);
    const label = (s: string | null): string => (s === null ? m.statusNone : statusLabel(common, s));
    return { title: p ? (lang === 'en' ? p.nameEn : p.nameVi) : code, lines: [c ? `${label(c.before)} → ${label(c.after)}` : m.statusUnchanged] };
  }, [byCode, lang, common, m]);
  return (
    <div className="coverage-change-map" data-testid="coverage-change-map" data-model={modelNo}>
      <strong>{m.statusModel} {modelNo}</strong>
      <ul className="legend">
        {STATUSES.map((s) => (
          <li key={s} data-status={`to-${s}`}><span className={`swatch status-${s}`} aria-hidden="true" />{m.statusLegendTo}: {statusLabel(common, s)}</li>
        ))}
        <li data-status="unchanged"><span className="swatch" style={{ background: UNCHANGED_FILL.color }} aria-hidden="true" />{m.statusUnchanged}</li>
      </ul>
      <ProvinceMap fills={fills} tip={tip} label={m.statusMapLabel(modelNo)} controls={false} />
    </div>
  );
}
