/**
 * The instant first screen: the answers the overview needs, computed at build time with the same
 * SQL by DuckDB under Node (src/build/snapshot-plugin.ts) and embedded in the app. Until
 * DuckDB-WASM is ready, those questions are answered from the snapshot; then every view re-runs
 * on the live database, whose answers are the same. Not used when this browser holds uploaded
 * tables (the snapshot is of the bundled data).
 */
import { SNAPSHOT } from 'virtual:first-screen-snapshot';
import { bootProgress, database, onBootProgress, publishDataChange, type QueryClient } from './db.ts';
import { mayHaveUploads } from './user-store.ts';

let served = false;

// Once the live database is ready, views that were fed from the snapshot ask it again.
onBootProgress((p) => { if (p.stage === 'ready' && served) { served = false; publishDataChange(); } });

/** Answers from the snapshot while DuckDB starts (bundled data only), from DuckDB otherwise. */
export const firstScreenClient: QueryClient = {
  async query<T>(sql: string): Promise<T[]> {
    const rows = SNAPSHOT[sql];
    if (rows && bootProgress().stage !== 'ready' && !mayHaveUploads()) {
      served = true;
      return rows as T[];
    }
    return (await database()).query<T>(sql);
  },
};
