/** Where the pipeline reads and writes, relative to the project root. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The original source texts (shared with the project, never committed here): `SEEDS_DIR` or `../shared/seeds`. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(ROOT, '../shared/seeds');
/** The committed, redacted source texts the pipeline reads. */
export const SOURCES_DIR = resolve(ROOT, 'data/sources');
/** The committed tables. */
export const DATA_DIR = resolve(ROOT, 'data');
