/**
 * Issue 16.0: no request stops the server. Raw requests (written byte for byte on a socket, so no
 * client tidies them first) with malformed escapes, dot segments, NULs, huge paths, odd methods and
 * reversed ranges each get their 4xx, and the server answers the next request as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenFailure, requestPath, serve, serveOptions } from '../../../src/node/build/serve.ts';

let server: Server;
let port: number;
const dir = mkdtempSync(join(tmpdir(), 'serve-'));

beforeAll(async () => {
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'data', 'coverage.csv'), 'model_no,province_code,status\n1,VN-31,deployed\n');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'serve-secret.txt'), 'secret');
  server = await serve(dir, 0);
  port = (server.address() as AddressInfo).port;
});
afterAll(() => { server.close(); rmSync(dir, { recursive: true, force: true }); });

/** Sends `head` as written (plus the blank line) and resolves with the status line's code. */
function raw(head: string): Promise<number> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let reply = '';
    socket.on('data', (d) => { reply += d.toString('latin1'); });
    socket.on('end', () => done(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    socket.on('error', fail);
  });
}

const alive = async (): Promise<void> => expect(await raw('GET /index.html HTTP/1.1')).toBe(200);

describe('hostile requests get their answer and the server stays up', () => {
  it.each<[string, number]>([
    ['GET /%zz HTTP/1.1', 400],
    ['GET /data/%E0%A4%A.csv HTTP/1.1', 400],
    ['GET /% HTTP/1.1', 400],
    ['GET /index.html%00 HTTP/1.1', 400],
    ['GET /../serve-secret.txt HTTP/1.1', 400],
    ['GET /%2e%2e/serve-secret.txt HTTP/1.1', 400],
    ['GET /data/..%2F..%2Fserve-secret.txt HTTP/1.1', 400],
    ['GET /assets/..%5C..%5Cserve-secret.txt HTTP/1.1', 400],
    ['GET /<5,000 characters> HTTP/1.1', 414],
    ['GET /<70,000 characters> HTTP/1.1', 431],
    ['GET http://evil.invalid/index.html HTTP/1.1', 400],
    ['GET * HTTP/1.1', 400],
    ['POST /index.html HTTP/1.1\r\nContent-Length: 0', 405],
    ['DELETE /data/coverage.csv HTTP/1.1', 405],
    ['BREW /index.html HTTP/1.1', 400],
    ['GET /nowhere.html HTTP/1.1', 404],
    ['GET /data/missing.csv HTTP/1.1', 404],
  ])('%s → %i', async (head, status) => {
    expect(await raw(head.replace(/<([\d,]+) characters>/, (_, n: string) => 'a'.repeat(Number(n.replace(',', '')))))).toBe(status);
    await alive();
  });

  it('a reversed or absurd Range is ignored: the whole file, 200', async () => {
    for (const range of ['bytes=5-2', 'bytes=-', 'bytes=999999999-', 'bytes=a-b', 'lines=1-2']) {
      expect(await raw(`GET /index.html HTTP/1.1\r\nRange: ${range}`)).toBe(200);
      expect(await raw(`GET /assets/app-1234.js HTTP/1.1\r\nRange: ${range}`)).toBe(200);
    }
    await alive();
  });

  it('a table removed and replaced while the server runs: 404 meanwhile, the new file after', async () => {
    const file = join(dir, 'data', 'coverage.csv');
    expect(await raw('GET /data/coverage.csv HTTP/1.1')).toBe(200);
    rmSync(file);
    expect(await raw('GET /data/coverage.csv HTTP/1.1')).toBe(404);
    expect(await raw('GET /data/coverage.csv HTTP/1.1\r\nAccept-Encoding: gzip')).toBe(404);
    writeFileSync(file, 'model_no,province_code,status\n2,VN-31,deployed\n');
    const body = await fetch(`http://127.0.0.1:${port}/data/coverage.csv`).then((r) => r.text());
    expect(body).toContain('2,VN-31');
  });

  it('a built file removed under the running server (a rebuild) ends that answer only', async () => {
    rmSync(join(dir, 'assets', 'app-1234.js'));
    await raw('GET /assets/app-1234.js HTTP/1.1').catch(() => 0);
    await alive();
  });

  it('a good request still gets the file with the security headers', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/index.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<title>app</title>');
  });
});

describe('requestPath', () => {
  it('decodes what is decodable and refuses the rest', () => {
    expect(requestPath('/province/B%C3%ACnh?x=1')).toEqual({ ok: true, path: '/province/Bình' });
    expect(requestPath('/%zz')).toMatchObject({ ok: false, status: 400 });
    expect(requestPath(undefined)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('the command line: a port chosen by flag or environment, a clear word when it is taken', () => {
  it.each<[string[], Record<string, string>, number]>([
    [['dist'], {}, 4173], [['dist'], { PORT: '5000' }, 5000], [['dist', '4181'], { PORT: '5000' }, 4181],
    [['dist', '--port', '4190'], { PORT: '5000' }, 4190], [['dist', '--port=4191'], {}, 4191], [['dist', '4181', '127.0.0.1', '--port', '4192'], {}, 4192],
  ])('%j with %j → port %i', (argv, env, port) => {
    expect(serveOptions(argv, env)).toMatchObject({ dir: 'dist', port });
  });

  it('refuses a port that is not one', () => {
    expect(() => serveOptions(['dist', '--port', 'abc'], {})).toThrow(/port "abc": give a number from 1 to 65535/);
    expect(() => serveOptions(['dist'], { PORT: '70000' })).toThrow(/port "70000"/);
  });

  it('a busy port is named, with the command to use instead', async () => {
    const error = await serve(dir, port).then(() => null, (e: NodeJS.ErrnoException) => e);
    expect(error?.code).toBe('EADDRINUSE');
    const text = listenFailure(error!, port, '127.0.0.1');
    expect(text).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(text).toContain(`PORT=${port + 1} npm start`);
    expect(text).toContain(`npm start -- --port ${port + 1}`);
  });
});
