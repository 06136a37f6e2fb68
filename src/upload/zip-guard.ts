/**
 * Opening an XLSX (a ZIP archive) without trusting it: the central directory's declared sizes are
 * checked against the ceiling before anything is inflated, and inflation stops as soon as an entry
 * outgrows its declared size or the whole outgrows the ceiling (a zip bomb may lie in its headers).
 */
import { Inflate } from 'fflate';

/** An entry of the archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Why an archive is refused: too big as declared, too big as inflated, too many entries, or not a ZIP. */
export class ZipRefused extends Error {
  constructor(readonly reason: 'declared' | 'inflated' | 'entries' | 'invalid', readonly bytes = 0) {
    super(`zip refused: ${reason}${bytes ? ` (${bytes} bytes)` : ''}`);
    this.name = 'ZipRefused';
  }
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 65536);
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;
const MAX32 = 0xffffffff;

/** The entries of the central directory; throws `ZipRefused('invalid' | 'entries')`. */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ZipRefused('invalid');
  const count = u16(bytes, eocd + 10);
  if (count === 0xffff || count > maxEntries) throw new ZipRefused('entries', count);
  const entries: ZipEntry[] = [];
  let p = u32(bytes, eocd + 16);
  for (let n = 0; n < count; n++) {
    if (u32(bytes, p) !== 0x02014b50) throw new ZipRefused('invalid');
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    readZip64(bytes, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + u16(bytes, p + 32);
  }
  return entries;
}

/** Sizes over 4 GiB live in the ZIP64 extra field, in this order, only for the fields set to 0xFFFFFFFF. */
function readZip64(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  for (let q = start; q + 4 <= start + length;) {
    const id = u16(bytes, q);
    const size = u16(bytes, q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      if (entry.uncompressedSize === MAX32) { entry.uncompressedSize = u64(bytes, r); r += 8; }
      if (entry.compressedSize === MAX32) { entry.compressedSize = u64(bytes, r); r += 8; }
      if (entry.localOffset === MAX32) entry.localOffset = u64(bytes, r);
    }
    q += 4 + size;
  }
}

/**
 * Inflates the chosen entries, refusing before any work when their declared sizes add up past
 * `ceiling`, and during the work when an entry outgrows its declared size or the total passes it.
 */
export function inflateGuarded(bytes: Uint8Array, entries: readonly ZipEntry[], ceiling: number, onProgress?: (done: number, total: number) => void): Record<string, Uint8Array> {
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > ceiling) throw new ZipRefused('declared', declared);
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const e of entries) {
    if (u32(bytes, e.localOffset) !== 0x04034b50) throw new ZipRefused('invalid');
    const start = e.localOffset + 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (data.length !== e.uncompressedSize) throw new ZipRefused('invalid');
      total += data.length;
      files[e.name] = data.slice();
      continue;
    }
    if (e.method !== 8) throw new ZipRefused('invalid');
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      total += chunk.length;
      if (size > e.uncompressedSize || total > ceiling) throw new ZipRefused('inflated', total);
      chunks.push(chunk);
    });
    const STEP = 4096;  // each push inflates to at most ~4 MB, so the ceiling is checked often
    try {
      for (let o = 0; o < data.length; o += STEP) inflate.push(data.subarray(o, o + STEP), o + STEP >= data.length);
    } catch (error) {
      if (error instanceof ZipRefused) throw error;
      throw new ZipRefused('invalid');
    }
    files[e.name] = concat(chunks, size);
    onProgress?.(total, declared);
  }
  return files;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}
