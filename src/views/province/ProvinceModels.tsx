import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { FilterSelect } from '../../components/Filters.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import type { ProvinceModelRow } from '../../data/queries/province.ts';
import { basisLabel, COMMON, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { groupName } from '../../lib/sentence-case.ts';
import { PROVINCE } from './messages.ts';
import { COVERAGE_STATUSES } from '../../domain/coverage.ts';
import { filterRows, GROUPS, groupsOf, MODEL_DOWNLOAD, modelCsvRows, oneOf } from '../../state/province-state.ts';
import { COMPARE } from '../../compare/messages.ts';
import { changeWords } from '../../compare/change-words.ts';

const groupNameOf = (name: string | null): string | undefined => (name === null ? undefined : groupName(name));

/** The group filter of the province's tables (`?group=`): a chip per group, the group's name as its title. */
export function GroupFilter({ groups }: { groups: readonly { group: string; groupVi: string | null; groupEn: string | null }[] }) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const group = oneOf(location.params.group, GROUPS);
  return (
    <div className="chips" role="group" aria-label={m.filterGroup} data-testid="group-filter">
      <button type="button" className="chip" aria-pressed={group === null} onClick={() => setParams({ group: undefined }, { replace: true })}>
        {common.allGroups}
      </button>
      {groups.map((g) => (
        <button key={g.group} type="button" className="chip" aria-pressed={group === g.group} data-group={g.group}
          title={groupNameOf(lang === 'en' ? g.groupEn : g.groupVi)}
          onClick={() => setParams({ group: group === g.group ? undefined : g.group }, { replace: true })}>
          {m.groupChip(g.group)}
        </button>
      ))}
    </div>
  );
}

/** The 44 models in the province with their national status; filtered by group and status (URL), downloadable as shown. */
export function ProvinceModels({ name, rows, changes = null }: {
  name: string; rows: ProvinceModelRow[];
  /** Each model's kinds of change since an earlier edition (`?compare=`): a column of change. */
  changes?: ReadonlyMap<number, string> | null;
}) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const group = oneOf(location.params.group, GROUPS);
  const status = oneOf(location.params.status, COVERAGE_STATUSES);
  const compare = useMessages(COMPARE);
  const shown = filterRows(rows, group, status ? (r) => r.status === status : null);
  const n = (x: number): string => formatNumber(lang, x);
  const code = rows[0]?.provinceCode ?? '';

  return (
    <div className="grid">
      <div className="card span-12" data-testid="province-models">
        <div className="view-header">
          <h2>{m.tableTitle(n(rows.length), name)}</h2>
          <DownloadButtons what={`tinh-${code}-mo-hinh${group ? `-nhom-${group}` : ''}${status ? `-${status}` : ''}`} title={m.tableTitle(n(rows.length), name)} table={MODEL_DOWNLOAD} rows={modelCsvRows(shown)} />
        </div>
        <div>
          <GroupFilter groups={groupsOf(rows)} />
          <FilterSelect label={m.filterStatus} param="status" value={status} all={m.allStatuses} testId="status-filter"
            options={COVERAGE_STATUSES.map((s) => ({ value: s, label: statusLabel(common, s) }))} />
          {(group || status) && (
            <button type="button" className="button" onClick={() => setParams({ group: undefined, status: undefined }, { replace: true })}>{m.clearFilters}</button>
          )}
        </div>
        <p className="kpi-note" role="status">{m.shown(n(shown.length), n(rows.length))}</p>
        <div className="table-wrap table-scroll">
          <table className="data-table province-table" data-testid="province-models-table">
            <thead>
              <tr>
                <th scope="col" className="num">{m.colNo}</th><th scope="col">{m.colModel}</th><th scope="col">{m.colStatus}</th>
                <th scope="col">{m.colGroup}</th><th scope="col">{m.colBasis}</th><th scope="col">{m.colNamedAs}</th>
                {changes && <th scope="col">{compare.column}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.modelNo} data-model={r.modelNo} data-status={r.status}>
                  <td className="num"><a href={hrefFor(`/model/${r.modelNo}`)}>{r.modelNo}</a></td>
                  <td className="province-text">{lang === 'en' ? r.nameEn : r.nameVi}</td>
                  <td><span className="badge"><span className={`swatch status-${r.status}`} aria-hidden="true" />{statusLabel(common, r.status)}</span></td>
                  <td>{r.group}</td>
                  <td className="col-basis">{basisLabel(common, r.basis)}</td>
                  <td className="col-named" lang="vi">{r.namedAs ?? ''}</td>
                  {changes && <td data-col="change" data-change={changes.get(r.modelNo)}>{changeWords(common, changes.get(r.modelNo))}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p>{m.noRows}</p>}
        </div>
        {rows[0] && <SourceNote sources={[rows[0].source]} />}
      </div>
    </div>
  );
}
