/** What applying a file did: stored and in use, kept beside as an earlier edition, or in use only until the page closes. */
import { currentEdition } from '../../data/editions/editions.ts';
import { useEditions } from '../../data/use-editions.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { EDITIONS } from './edition-messages.ts';

/** The confirmation after Apply. */
export function Applied({ table, fileName, kept }: { table: string; fileName: string; kept: boolean }) {
  const m = useMessages(EDITIONS);
  const view = useEditions();
  const inUse = currentEdition(view.state, table, view.editions)?.fileName === fileName;
  const text = !kept ? m.appliedNotKept(table, fileName) : inUse ? m.appliedKept(table, fileName) : m.appliedEarlier(table, fileName);
  return <p className={kept ? 'upload-done' : 'upload-failed'} role="status" data-testid="upload-applied">{text}</p>;
}
