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
import { startNodeConnector } from './node-connector.ts';

/** A started coordinator over the tables of `root/data`, keeping uploads in `storage` (none by default). */
export async function nodeCoordinator(root: string, { storage = NO_STORAGE }: { storage?: EditionStorage } = {}): Promise<{ coordinator: Coordinator; data: DataService }> {
  const data = new DataService({ fetchBundled: async (s) => readFileSync(resolve(root, 'data', s.file), 'utf8'), storage });
  const coordinator = new Coordinator({ connect: () => startNodeConnector(), load: data.load, prepare: data.prepare, queryTimeoutMs: 60_000 });
  await coordinator.start();
  return { coordinator, data };
}
