/**
 * The dashboard's data under Node: a coordinator over DuckDB under Node, loaded from the files of
 * data/ by the same data service the browser uses. The build-time snapshot and the unit tests of
 * queries ask it the views' own questions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Coordinator } from '../../data/coordinator.ts';
import { DataService } from '../../data/data-service.ts';
import { NO_STORAGE, type EditionStorage } from '../../data/editions/ports.ts';
import type { TableSchema } from '../../data/schema.ts';
import { startNodeConnector } from './node-connector.ts';

/** Where a Node coordinator's data come from: `root/data` unless `readTable` gives a table (fixtures); no store unless `storage`. */
export interface NodeDataOptions {
  readTable?: (schema: TableSchema) => string | undefined;
  storage?: EditionStorage;
}

/** A started coordinator over the tables of `root/data`. */
export async function nodeCoordinator(root: string, options: NodeDataOptions = {}): Promise<{ coordinator: Coordinator; data: DataService }> {
  const data = new DataService({
    fetchBundled: async (s) => options.readTable?.(s) ?? readFileSync(resolve(root, 'data', s.file), 'utf8'),
    storage: options.storage ?? NO_STORAGE,
  });
  const coordinator = new Coordinator({ connect: () => startNodeConnector(), load: data.load, prepare: data.prepare, queryTimeoutMs: 60_000 });
  await coordinator.start();
  return { coordinator, data };
}
