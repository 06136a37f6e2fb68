/** `npm run data`: rebuilds every table of data/ from data/sources/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasets } from '../build-datasets.ts';
import { toCsv } from '../csv.ts';
import { DATA_DIR, SOURCES_DIR } from '../paths.ts';

const tables = buildDatasets((file) => readFileSync(join(SOURCES_DIR, file), 'utf8'));
for (const [file, table] of Object.entries(tables)) {
  writeFileSync(join(DATA_DIR, file), toCsv(table));
  console.log(`data/${file}: ${table.rows.length} rows`);
}
