/**
 * The production server (`npm start`, the browser tests, the benchmark, `npm run report`): the
 * built files with their precompressed .br/.gz twins, a year's cache for content-hashed files and
 * none for the files an operator may replace (index.html, data/, geo/, wall.json), the security
 * headers, and the right MIME type for wasm. No request can stop it: a malformed or hostile one
 * gets its 4xx answer, a file that vanishes mid-answer ends that answer only.
 * Run: `tsx src/node/build/serve.ts [dir] [port] [host]`, or `--port N`, `--host H`, or `PORT=N`.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './csp.ts';
import { asError } from '../../lib/errors.ts';

/** The longest request path answered; longer ones get 414 (a real link of the app is far shorter). */
export const MAX_PATH = 2048;

/** What a request's path is: a file path inside the served folder, or why it is refused. */
export type RequestPath = { ok: true; path: string } | { ok: false; status: 400 | 414; reason: string };

/**
 * The decoded path of a request target, refused when it is not an origin-form path, too long, not
 * decodable (`/%zz`), holds a control character (`%00`) or climbs out of the folder (`..`, encoded too).
 */
export function requestPath(target: string | undefined): RequestPath {
  const raw = (target ?? '').split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return { ok: false, status: 400, reason: 'not a path' };
  if (raw.length > MAX_PATH) return { ok: false, status: 414, reason: 'path too long' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent escape' };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return { ok: false, status: 400, reason: 'control character in path' };
  if (path.split(/[/\\]/).some((s) => s === '..' || s === '.')) return { ok: false, status: 400, reason: 'dot segment in path' };
  return { ok: true, path };
}

const REPLACEABLE = /^\/(data\/[\w.-]+\.csv|wall\.json)$/;
const cache = new Map<string, { stamp: string; raw: Buffer; gz: Buffer; etag: string }>();

/**
 * The tables and wall.json have no precompressed twin and are read from disk at every request (an
 * operator may replace them while the server runs), gzipped when the client takes it, the result
 * kept until the file changes. False when the file is not there.
 */
async function sendReplaceable(dir: string, path: string, req: IncomingMessage, res: ServerResponse, headers: Readonly<Record<string, string>>): Promise<boolean> {
  const file = join(dir, path);
  let entry = cache.get(file);
  try {
    const st = await stat(file);
    const stamp = `${st.size}-${st.mtimeMs}`;
    if (entry?.stamp !== stamp) {
      const raw = await readFile(file);
      entry = { stamp, raw, gz: gzipSync(raw, { level: 6 }), etag: `"${createHash('sha1').update(raw).digest('hex')}"` };
      cache.set(file, entry);
    }
  } catch {
    cache.delete(file);
    return false;  // gone, or being replaced: a 404 now, the new file at the next request
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? entry.gz : entry.raw;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', entry.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === entry.etag) { res.statusCode = 304; res.end(); return true; }
  res.setHeader('Content-Type', path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Ends a request with a status and a one-line text, unless an answer has already begun. */
function refuse(res: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>>, extra: Record<string, string> = {}): void {
  if (res.headersSent) { res.destroy(); return; }
  res.statusCode = status;
  for (const [k, v] of Object.entries({ ...headers, ...extra })) res.setHeader(k, v);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`${text}\n`);
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
  const notFound = (res: ServerResponse) => (): void => refuse(res, 404, 'Not found', HEADERS);

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') { refuse(res, 405, 'Method not allowed', HEADERS, { Allow: 'GET, HEAD' }); return; }
    const target = requestPath(req.url);
    if (!target.ok) { refuse(res, target.status, `Bad request: ${target.reason}`, HEADERS); return; }
    // Whole files only: sirv would pass a reversed range (bytes=5-2) to createReadStream, which throws.
    delete req.headers.range;
    // sirv pipes a file stream into the answer without an error handler: a file removed since the
    // server started (a rebuild under a running server) would otherwise end the process.
    res.on('pipe', (source: Readable) => source.on('error', () => res.destroy()));
    if (REPLACEABLE.test(target.path)) {
      if (!(await sendReplaceable(dir, target.path, req, res, HEADERS))) notFound(res)();
      return;
    }
    files(req, res, notFound(res));
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(`serve: ${req.method} ${req.url}: ${asError(error).message}`);
      refuse(res, 500, 'Internal server error', HEADERS);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => { server.off('error', fail); done(server); });
  });
}

/** Where to serve, from the command line and the environment: `--port` wins over the positional port, which wins over `PORT`. */
export function serveOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { dir: string; port: number; host: string } {
  const named = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const a = argv[i] ?? '';
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !/^--(port|host)$/.test(argv[i - 1] ?? ''));
  const [dir = 'dist', portArg, hostArg] = positional;
  const portText = named('port') ?? portArg ?? env.PORT ?? '4173';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535) throw new Error(`port "${portText}": give a number from 1 to 65535, e.g. npm start -- --port 4174`);
  return { dir, port, host: named('host') ?? hostArg ?? '127.0.0.1' };
}

/** What to tell a person whose server could not start, without a stack trace. */
export function listenFailure(error: NodeJS.ErrnoException, port: number, host: string): string {
  const other = port === 65_535 ? port - 1 : port + 1;
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} on ${host} is already in use (another server, perhaps an earlier \`npm start\`, is listening there).\n`
      + `Stop that one, or choose another port: PORT=${other} npm start   or   npm start -- --port ${other}`;
  }
  if (error.code === 'EACCES') return `Port ${port} needs administrator rights on this machine. Choose a port above 1023: npm start -- --port ${Math.max(other, 4173)}`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `Cannot listen on ${host}: no such address on this machine. Try --host 127.0.0.1`;
  return `The server could not start on ${host}:${port}: ${error.message}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options: ReturnType<typeof serveOptions>;
  try {
    options = serveOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(asError(error).message);
    process.exit(2);
  }
  const { dir, port, host } = options;
  try {
    await serve(resolve(dir), port, host);
    console.log(`Đề án 06 dashboard: http://${host}:${port}/  (serving ${dir}; Ctrl+C to stop)`);
  } catch (error) {
    console.error(listenFailure(error as NodeJS.ErrnoException, port, host));
    process.exit(1);
  }
}
