import { lazy, Suspense, useState } from 'react';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { provinceName } from '../../domain/provinces.ts';
import type { StatusChange } from '../../upload/diff.ts';
import { byModel } from './coverage-changes.ts';
import { UPLOAD } from './upload-messages.ts';

const CoverageChangeMap = lazy(() => import('./CoverageChangeMap.tsx'));

/** For a coverage upload: which provinces change status for which model, and a map of one model's changes. */
export function CoverageChanges({ changes }: { changes: readonly StatusChange[] }) {
  const m = useMessages(UPLOAD);
  const common = useMessages(COMMON);
  const lang = useLang();
  const groups = byModel(changes);
  const [chosen, setChosen] = useState<number | null>(null);
  const model = chosen ?? groups[0]?.modelNo ?? null;
  const label = (s: string | null): string => (s === null ? m.statusNone : statusLabel(common, s));
  const name = (code: string): string => provinceName(code, lang);
  return (
    <div className="coverage-changes" data-testid="coverage-changes">
      <h4>{m.statusTitle}</h4>
      <div className="coverage-changes-grid">
        <div className="table-wrap">
          <table className="data-table">
            <thead><tr><th scope="col">{m.statusModel}</th><th scope="col">{m.statusCount(changes.length)}</th></tr></thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.modelNo} data-model={g.modelNo} className={g.modelNo === model ? 'selected' : undefined}>
                  <th scope="row"><button type="button" className="link-button" onClick={() => setChosen(g.modelNo)} aria-pressed={g.modelNo === model}>{g.modelNo}</button></th>
                  <td>
                    <ul className="status-changes">
                      {g.changes.map((c) => (
                        <li key={c.provinceCode} data-province={c.provinceCode} data-before={c.before ?? ''} data-after={c.after ?? ''}>
                          {name(c.provinceCode)}: {label(c.before)} → {label(c.after)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {model !== null && (
          <Suspense fallback={null}>
            <CoverageChangeMap modelNo={model} changes={groups.find((g) => g.modelNo === model)?.changes ?? []} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
