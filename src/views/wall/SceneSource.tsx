/** The current scene's own sources and the dates of its figures, in the wall's footer (wrapped, never cut). */
import { sourcesSql, type SourceRow } from '../../data/queries/catalogue.ts';
import type { CitedRow } from '../../data/queries/provenance.ts';
import { useQuery } from '../../data/use-query.ts';
import { COMMON } from '../../i18n/common.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { WALL } from './messages.ts';
import { sceneCitedSql, sceneSources } from './scene-sources.ts';
import type { Scene } from './wall-config.ts';

/** "Figures as of <dates> · Source: <names>" of one scene; `data-as-of` holds the ISO dates. */
export function SceneSource({ scene }: { scene: Scene }) {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const cited = useQuery<CitedRow>(sceneCitedSql(scene));
  const catalogue = useQuery<SourceRow>(sourcesSql());
  if (cited.status !== 'ready' || catalogue.status !== 'ready') return <span className="wall-asof" />;
  const { names, files, dates } = sceneSources(cited.rows, catalogue.rows, lang, common.uploadedFile);
  return (
    <span className="wall-asof" data-testid="scene-source" data-as-of={dates.join(',')} data-sources={files.join(' ')}>
      {m.asOf(dates.map((d) => formatDate(lang, d)).join(', '))} · {m.sourceLabel}: {names.join('; ')}
    </span>
  );
}
