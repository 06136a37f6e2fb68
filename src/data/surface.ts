/**
 * Which tables a surface (a view, a wall scene, a brief) shows figures of: every question asked on
 * it registers the tables it reads, so that the surface can say when one of them is an uploaded
 * edition rather than the bundled data.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { TABLES } from './schema.ts';

const NAMES = new Set(TABLES.map((t) => t.name));

/** The tables behind each derived view (edition-sql.ts). */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  model_figures: ['models', 'coverage'],
  discrepancies_live: ['discrepancies', 'coverage', 'models', 'provinces'],
};

/** The tables a query reads (after FROM or JOIN, in any schema), derived views counted as the tables behind them. */
export function tablesOf(sql: string): string[] {
  const found = new Set<string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(?:"?\w+"?\s*\.\s*)?"?(\w+)"?/gi)) {
    const name = m[1] ?? '';
    if (NAMES.has(name)) found.add(name);
    for (const t of DERIVED[name] ?? []) found.add(t);
  }
  return [...found].sort();
}

/** A surface's registry of tables in use. */
export class Surface {
  private readonly uses = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly string[] = [];

  /** Notes that a question reads `tables`; returns the function that forgets it. */
  use(tables: readonly string[]): () => void {
    for (const t of tables) this.uses.set(t, (this.uses.get(t) ?? 0) + 1);
    this.changed();
    return () => {
      for (const t of tables) {
        const n = (this.uses.get(t) ?? 1) - 1;
        if (n > 0) this.uses.set(t, n); else this.uses.delete(t);
      }
      this.changed();
    };
  }

  /** The tables in use now, sorted. */
  readonly tables = (): readonly string[] => this.snapshot;

  /** Calls `listener` when the tables in use change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    const next = [...this.uses.keys()].sort();
    if (next.join() === this.snapshot.join()) return;
    this.snapshot = next;
    for (const l of this.listeners) l();
  }
}

/** The surface the questions below it belong to (none: nothing is registered). */
export const SurfaceContext = createContext<Surface | null>(null);

const NONE: readonly string[] = [];
const noop = (): (() => void) => () => undefined;

/** The tables the current surface shows figures of. */
export function useSurfaceTables(): readonly string[] {
  const surface = useContext(SurfaceContext);
  return useSyncExternalStore(surface?.subscribe ?? noop, surface?.tables ?? (() => NONE), surface?.tables ?? (() => NONE));
}
