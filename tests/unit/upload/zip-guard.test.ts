import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateGuarded, listZip, ZipRefused } from '../../../src/upload/zip-guard.ts';
import { zipBomb } from '../../fixtures/uploads/make-files.ts';

describe('zip guard', () => {
  const zip = zipSync({ 'a.xml': strToU8('<a>'.repeat(1000)), 'b.txt': strToU8('hello') });

  it('lists entries with their declared sizes and inflates them', () => {
    const entries = listZip(zip, 10);
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([['a.xml', 3000], ['b.txt', 5]]);
    const files = inflateGuarded(zip, entries, 10_000);
    expect(new TextDecoder().decode(files['b.txt'])).toBe('hello');
  });

  it('refuses before inflating when the declared sizes pass the ceiling', () => {
    expect(() => inflateGuarded(zip, listZip(zip, 10), 3000)).toThrow(new ZipRefused('declared', 3005));
  });

  it('refuses too many entries, and what is not a ZIP', () => {
    expect(() => listZip(zip, 1)).toThrow(ZipRefused);
    expect(() => listZip(strToU8('not a zip at all, not even close'), 10)).toThrow(ZipRefused);
  });

  it('stops an entry that inflates past its declared size (a lying zip bomb) early', () => {
    const bomb = zipBomb(32, true);
    const entries = listZip(bomb, 100);
    try {
      inflateGuarded(bomb, entries, 200 * 1024 * 1024);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZipRefused);
      expect((error as ZipRefused).reason).toBe('inflated');
      expect((error as ZipRefused).bytes).toBeLessThan(8 * 1024 * 1024);
    }
  });
});
