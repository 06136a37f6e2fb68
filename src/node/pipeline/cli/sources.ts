/** `npm run sources`: copies the source texts from ../shared/seeds into data/sources/, personal data removed. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR, SOURCES_DIR } from '../paths.ts';
import { redactSource } from '../redact.ts';
import { SOURCE } from '../sources.ts';

mkdirSync(SOURCES_DIR, { recursive: true });
const wanted = new Set<string>(Object.values(SOURCE));
for (const file of readdirSync(SEEDS_DIR).filter((f) => wanted.has(f)).sort()) {
  const out = redactSource(file, readFileSync(join(SEEDS_DIR, file), 'utf8'));
  writeFileSync(join(SOURCES_DIR, file), out);
  console.log(`data/sources/${file}`);
}
