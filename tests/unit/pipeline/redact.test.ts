import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_REMOVED, PHONE_PATTERN, redactSource } from '../../../src/node/pipeline/redact.ts';
import { ROOT, readSeed, readSource } from '../helpers.ts';

const files = readdirSync(resolve(ROOT, 'data/sources')).filter((f) => f.endsWith('.txt')).sort();

describe('data/sources: personal data removed', () => {
  it('holds the five reports', () => expect(files).toHaveLength(5));

  it.each(files)('%s has no phone number and no e-mail address', (file) => {
    const text = readSource(file).normalize('NFC');
    expect(text.match(PHONE_PATTERN)).toBeNull();
    expect(text).not.toMatch(/(\+84|0)[0-9]{2,3}[ .]?[0-9]{3}[ .]?[0-9]{3,4}/);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it.each(files)('%s names no official: every "Đ/c", "Ông", "Bà" is followed by the removal mark', (file) => {
    const text = readSource(file).normalize('NFC');
    for (const m of text.matchAll(/(?<!\p{L})(Đ\/c|Ông|Bà)\s+(?!Rịa)(\S+)/gu)) expect(m[2], `${file}: ${m[0]}`).toBe(NAME_REMOVED.split(' ')[0]);
  });

  it('removes the signatures of the Bình Định letter and decision, and notaries named after a person', () => {
    const letter = readSource('003_56915f187a0eb783.txt').normalize('NFC');
    const signature = letter.slice(letter.indexOf('PHÓ CHỦ TỊCH'), letter.search(/^Phụ lục 1/m));
    expect(signature.replace(/[*\s]/g, '').replace('PHÓCHỦTỊCH', '')).toBe(NAME_REMOVED.replace(/\s/g, ''));
    for (const m of letter.matchAll(/Văn phòng CC ([^;.\t]+)/g)) expect(['Bình Định', NAME_REMOVED]).toContain(m[1]?.trim());
    const decision = readSource('004_edef7e0e54b6ea23.txt').normalize('NFC');
    const block = decision.slice(decision.lastIndexOf('CHỦ TỊCH'), decision.indexOf('DANH MỤC'));
    expect(block.replace(/\s/g, '')).toBe(`CHỦTỊCH${NAME_REMOVED.replace(/\s/g, '')}`);
  });

  it.each(files)('%s is exactly what the redaction makes of the seed', (file) => {
    const seed = readSeed(file);
    if (seed === undefined) return;
    expect(redactSource(file, seed)).toBe(readSource(file));
  });

  it('leaves reports 000 and 002 byte for byte as they are', () => {
    for (const file of ['000_7f29e68dedb715cb.txt', '002_1c37787a67318719.txt']) {
      const seed = readSeed(file);
      if (seed !== undefined) expect(readSource(file)).toBe(seed);
    }
  });
});
