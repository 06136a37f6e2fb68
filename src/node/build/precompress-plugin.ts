/**
 * Writes a brotli (.br) and a gzip (.gz) twin next to every compressible built file, so the
 * server sends them without compressing on each request (the 34 MB wasm travels as about 8 MB).
 * Files an operator may replace on the server (data/, wall.json) get no twin: a stale twin would
 * be served instead of the new file. Twins larger than the original are dropped.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|wasm|json|geojson|svg|txt)$/;
const REPLACEABLE = /^(data\/|wall\.json$)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Compresses the build output in place. */
export function precompress(outDir: string): { files: number; bytes: number; brotli: number } {
  let files = 0;
  let bytes = 0;
  let brotli = 0;
  for (const path of walk(outDir)) {
    const rel = relative(outDir, path).replaceAll('\\', '/');
    if (!COMPRESSIBLE.test(path) || REPLACEABLE.test(rel)) continue;
    const raw = readFileSync(path);
    if (raw.length < 1024) continue;
    // Brotli's best setting takes minutes on the 34 MB wasm; quality 9 is nearly as small.
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: raw.length > 2_000_000 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    files++;
    bytes += raw.length;
    brotli += Math.min(br.length, raw.length);
  }
  return { files, bytes, brotli };
}

/** The Vite plugin (build only). */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) { outDir = resolve(config.root, config.build.outDir); },
    closeBundle() {
      const r = precompress(outDir);
      this.info(`precompressed ${r.files} files: ${(r.bytes / 2 ** 20).toFixed(1)} MB → ${(r.brotli / 2 ** 20).toFixed(1)} MB (brotli)`);
    },
  };
}
