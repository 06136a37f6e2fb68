/**
 * The production server (`npm start`, the browser tests, the benchmark): the built files with
 * their precompressed .br/.gz twins, a year's cache for content-hashed files and none for the
 * files an operator may replace (index.html, data/, geo/, wall.json), the security headers, and
 * the right MIME type for wasm. Run: `tsx src/build/serve.ts [dir] [port] [host]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './csp.ts';

const compressed = new Map<string, { stamp: string; gz: Buffer; etag: string }>();

/**
 * The tables and wall.json have no precompressed twin (an operator may replace them), so they are
 * gzipped here on request, and the result kept until the file changes.
 */
function replaceableGzipped(dir: string, req: IncomingMessage, res: ServerResponse, headers: Readonly<Record<string, string>>): boolean {
  const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
  if (!/^\/(data\/[\w.-]+\.csv|wall\.json)$/.test(path) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
  const file = join(dir, path);
  if (!existsSync(file)) return false;
  const st = statSync(file);
  const stamp = `${st.size}-${st.mtimeMs}`;
  let entry = compressed.get(file);
  if (entry?.stamp !== stamp) {
    const raw = readFileSync(file);
    entry = { stamp, gz: gzipSync(raw, { level: 6 }), etag: `"${createHash('sha1').update(raw).digest('hex')}"` };
    compressed.set(file, entry);
  }
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', entry.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === entry.etag) { res.statusCode = 304; res.end(); return true; }
  res.setHeader('Content-Type', path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', entry.gz.length);
  res.end(req.method === 'HEAD' ? undefined : entry.gz);
  return true;
}

/** Starts serving `dir` on `port`; resolves once listening. `securityHeaders: false` only for the benchmark's engine page (Arquero needs eval). */
export function serve(dir: string, port: number, host = '127.0.0.1', securityHeaders = true): Promise<Server> {
  const HEADERS = securityHeaders ? SECURITY_HEADERS : {};
  const files = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    single: false,
    setHeaders: (res, pathname) => {
      for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
      const hashed = pathname.startsWith('/assets/');
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server = createServer((req, res) => {
    if (replaceableGzipped(dir, req, res, HEADERS)) return;
    files(req, res, () => {
      res.statusCode = 404;
      for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
      res.end('Not found');
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4173', host = '127.0.0.1'] = process.argv.slice(2);
  await serve(resolve(dir), Number(port), host);
  console.log(`Đề án 06 dashboard: http://${host}:${port}/  (serving ${dir}; Ctrl+C to stop)`);
}
