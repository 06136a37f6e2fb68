/**
 * The dashboard's data under Node: a coordinator over DuckDB under Node, loaded from the files of
 * data/ by the same data service the browser uses. The build-time snapshot and the unit tests of
 * queries ask it the views' own questions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Coordinator } from '../data/coordinator.ts';
import { DataService } from '../data/data-service.ts';
import type { TableSchema } from '../data/schema.ts';
import { startNodeConnector } from './node-connector.ts';

/** A started coordinator over the tables of `root/data` (or of `readTable`, for fixtures). */
export async function nodeCoordinator(root: string, readTable?: (schema: TableSchema) => string): Promise<{ coordinator: Coordinator; data: DataService }> {
  const data = new DataService({ fetchBundled: async (s) => readTable?.(s) ?? readFileSync(resolve(root, 'data', s.file), 'utf8') });
  const coordinator = new Coordinator({ connect: () => startNodeConnector(), load: data.load, prepare: data.prepare, queryTimeoutMs: 60_000 });
  await coordinator.start();
  return { coordinator, data };
}
