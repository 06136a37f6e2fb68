/** "Print / PDF": opens the view's one-page brief, which then opens the browser's print dialog. */
import { useMessages } from '../i18n/i18n.ts';
import { hrefFor } from '../state/url-state.ts';
import { BRIEF } from '../views/brief/messages.ts';

/** A link to `#/brief/<kind>/<id>?print=1`. */
export function PrintBriefLink({ path }: { path: string }) {
  const m = useMessages(BRIEF);
  return <a className="button" href={hrefFor(`/brief${path}`, { print: '1' })} data-testid="print-brief">{m.print}</a>;
}
