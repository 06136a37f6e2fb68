/**
 * The filters of a view, written to the URL (replacing the history entry, so Back leaves the view
 * rather than undoing each choice): a drop-down whose first choice, "all", clears its parameter,
 * and a row of chips that each count what they would show, the selected one pressed.
 */
import { formatNumber, useLang } from '../i18n/i18n.ts';
import { useLocation } from '../state/url-state.ts';

/** A labelled drop-down filter on the URL parameter `param`. */
export function FilterSelect({ label, param, value, all, options, testId }: {
  label: string;
  param: string;
  /** The parameter's value now (null or undefined: no filter). */
  value: string | number | null | undefined;
  /** The label of the first choice, which clears the filter. */
  all: string;
  options: readonly { value: string | number; label: string }[];
  testId?: string;
}) {
  const { setParams } = useLocation();
  return (
    <label className="inline-field">{label}{' '}
      <select data-testid={testId} value={value ?? ''} onChange={(e) => setParams({ [param]: e.target.value || undefined }, { replace: true })}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/**
 * Chips filtering by the URL parameter `param`: "all" and then each choice with its count; a
 * pressed chip clicked again clears the filter. Each chip carries `data-<attr>` (its id) and `data-count`.
 */
export function CountChips({ label, param, attr, selected, all, items, testId }: {
  label: string;
  param: string;
  attr: string;
  selected: string | null;
  all: { label: string; count: number };
  items: readonly { id: string; label: string; count: number }[];
  testId?: string;
}) {
  const lang = useLang();
  const { setParams } = useLocation();
  const set = (id: string | undefined): void => setParams({ [param]: id }, { replace: true });
  const chip = (id: string, text: string, count: number) => (
    <button key={id} type="button" className="chip" aria-pressed={id === '' ? selected === null : selected === id} {...{ [`data-${attr}`]: id }} data-count={count}
      onClick={() => set(id === '' || selected === id ? undefined : id)}>
      {text} <span className="chip-count">{formatNumber(lang, count)}</span>
    </button>
  );
  return (
    <div className="chips" role="group" aria-label={label} data-testid={testId}>
      {chip('', all.label, all.count)}
      {items.map((i) => chip(i.id, i.label, i.count))}
    </div>
  );
}
