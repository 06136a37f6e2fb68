/**
 * Serves data/*.csv and geo/*.json at /data/ and /geo/ (dev server and preview) and copies them
 * into the build under the same names, with data/manifest.json listing each table's size and
 * content hash. Fixed names (not hashed) let an operator replace a table on the server and let
 * the wall notice the change.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** One entry of data/manifest.json. */
export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
}

const FOLDERS = [
  { dir: 'data', match: /\.csv$/ },
  { dir: 'geo', match: /\.(geo)?json$/ },
] as const;

const MIME: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', geojson: 'application/geo+json' };

function filesOf(root: string): { url: string; path: string }[] {
  return FOLDERS.flatMap(({ dir, match }) => readdirSync(resolve(root, dir))
    .filter((f) => match.test(f)).sort()
    .map((f) => ({ url: `/${dir}/${f}`, path: resolve(root, dir, f) })));
}

/** The manifest of the tables in data/. */
export function dataManifest(root: string): ManifestEntry[] {
  return filesOf(root).filter((f) => f.url.startsWith('/data/')).map((f) => {
    const bytes = readFileSync(f.path);
    return { file: f.url.slice('/data/'.length), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

/** The Vite plugin. `root` is the project root (where data/ and geo/ are). */
export function staticDataPlugin(root: string): Plugin {
  const serve = (url: string | undefined): { body: Buffer | string; type: string } | undefined => {
    const path = (url ?? '').split('?')[0] ?? '';
    if (path === '/data/manifest.json') return { body: JSON.stringify(dataManifest(root)), type: MIME.json ?? '' };
    const file = filesOf(root).find((f) => f.url === path);
    if (!file) return undefined;
    return { body: readFileSync(file.path), type: MIME[file.path.split('.').pop() ?? ''] ?? 'application/octet-stream' };
  };
  const middleware = (req: { url?: string }, res: { setHeader: (k: string, v: string) => void; end: (b: Buffer | string) => void }, next: () => void): void => {
    const hit = serve(req.url);
    if (!hit) { next(); return; }
    res.setHeader('Content-Type', hit.type);
    res.setHeader('Cache-Control', 'no-cache');
    res.end(hit.body);
  };
  return {
    name: 'static-data',
    configureServer(server) { server.middlewares.use(middleware); },
    generateBundle() {
      for (const f of filesOf(root)) this.emitFile({ type: 'asset', fileName: f.url.slice(1), source: readFileSync(f.path) });
      this.emitFile({ type: 'asset', fileName: 'data/manifest.json', source: `${JSON.stringify(dataManifest(root), null, 1)}\n` });
    },
  };
}
