/** Hooks over this tab's data: the editions of every table, the uploads behind a surface, and the engine's start. */
import { useMemo, useSyncExternalStore } from 'react';
import { coordinator, dataService } from './browser-data.ts';
import type { BootProgress } from './coordinator.ts';
import type { EditionsView } from './data-service.ts';
import { contextDate } from './editions/edition-sql.ts';
import { currentEdition, editionAsOf, type Edition } from './editions/editions.ts';
import { useSurfaceTables } from './surface.ts';
import { useEditionContext } from './use-query.ts';

/** Every table's editions, kept up to date. */
export function useEditions(): EditionsView {
  return useSyncExternalStore((l) => dataService.subscribe(l), () => dataService.view, () => dataService.view);
}

/** Where the engine's start is, kept up to date. */
export function useBootProgress(): BootProgress {
  return useSyncExternalStore((l) => coordinator.onProgress(l), () => coordinator.progress, () => coordinator.progress);
}

/**
 * The uploaded editions behind the figures of the current surface: for each table its questions
 * read, the edition in effect (the current one, or the one in force on the URL's `?edition=` date)
 * when it is an upload.
 */
export function useSurfaceUploads(): Edition[] {
  const view = useEditions();
  const tables = useSurfaceTables();
  const date = contextDate(useEditionContext());
  return useMemo(() => {
    const seen = new Map<string, Edition>();
    for (const t of tables) {
      const e = date ? editionAsOf(view.state, t, view.editions, date) : currentEdition(view.state, t, view.editions);
      if (e?.origin === 'upload') seen.set(e.id, e);
    }
    return [...seen.values()].sort((a, b) => a.table.localeCompare(b.table));
  }, [view, tables, date]);
}
