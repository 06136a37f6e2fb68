import { useMemo } from 'react';
import { PROVINCES } from '../../domain/provinces.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { COVERAGE_STATUSES } from '../../domain/coverage.ts';
import { MapLevelSwitch, useMapLevel } from '../../map/MapLevelSwitch.tsx';
import { ProvinceMap } from '../../map/ProvinceMap.tsx';
import type { StatusChange } from '../../upload/diff.ts';
import { changeFills, changeTip, MIXED_FILL, UNCHANGED_FILL, unitChangeFills } from './coverage-changes.ts';
import { UPLOAD } from './upload-messages.ts';

/** A small map of one model's status changes: changed provinces in their new status' colour, the rest pale. */
export default function CoverageChangeMap({ modelNo, changes }: { modelNo: number; changes: readonly StatusChange[] }) {
  const m = useMessages(UPLOAD);
  const common = useMessages(COMMON);
  const lang = useLang();
  const [level] = useMapLevel();
  const fills = useMemo(() => (level === 'unit' ? unitChangeFills(changes) : changeFills(PROVINCES.map((p) => p.code), changes)), [level, changes]);
  const tip = useMemo(() => changeTip(changes, level, lang), [changes, level, lang]);
  return (
    <div className="coverage-change-map" data-testid="coverage-change-map" data-model={modelNo}>
      <strong>{m.statusModel} {modelNo}</strong>
      <MapLevelSwitch />
      <ul className="legend">
        {COVERAGE_STATUSES.map((s) => (
          <li key={s} data-status={`to-${s}`}><span className={`swatch status-${s}`} aria-hidden="true" />{m.statusLegendTo}: {statusLabel(common, s)}</li>
        ))}
        {level === 'unit' && <li data-status="to-mixed"><span className="swatch" style={{ background: MIXED_FILL.color }} aria-hidden="true" />{m.statusMixed}</li>}
        <li data-status="unchanged"><span className="swatch" style={{ background: UNCHANGED_FILL.color }} aria-hidden="true" />{m.statusUnchanged}</li>
      </ul>
      <ProvinceMap fills={fills} tip={tip} level={level} label={m.statusMapLabel(modelNo)} controls={false} />
    </div>
  );
}
