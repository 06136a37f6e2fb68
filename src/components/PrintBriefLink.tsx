/** "Print / PDF": opens the view's one-page brief, which then opens the browser's print dialog. */
import { COMMON } from '../i18n/common.ts';
import { useMessages } from '../i18n/i18n.ts';
import { hrefFor } from '../state/url-state.ts';

/** A link to `#/brief/<kind>/<id>?print=1`. */
export function PrintBriefLink({ path }: { path: string }) {
  const m = useMessages(COMMON);
  return <a className="button" href={hrefFor(`/brief${path}`, { print: '1' })} data-testid="print-brief">{m.print}</a>;
}
