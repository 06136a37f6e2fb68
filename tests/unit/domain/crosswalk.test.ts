import { describe, expect, it } from 'vitest';
import {
  model2023Of, model2023OfBinhDinh, model2024Of2023, model2024OfBinhDinh, model2024OfHanoi,
} from '../../../src/domain/crosswalk.ts';
import { parseReport000 } from '../../../src/node/pipeline/report-000/parse.ts';
import { parseReport001 } from '../../../src/node/pipeline/report-001/parse.ts';
import { parseReport003 } from '../../../src/node/pipeline/report-003/parse.ts';
import { readSource } from '../helpers.ts';

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

describe('numbering crosswalk', () => {
  it.each([[1, 1], [22, 22], [23, null], [24, 23], [34, 33], [44, 43]])('2024 model %i is 2023 model %s', (a, b) => {
    expect(model2023Of(a)).toBe(b);
  });
  it.each([[1, 1], [22, 22], [23, 24], [43, 44]])('2023 model %i is 2024 model %i', (a, b) => expect(model2024Of2023(a)).toBe(b));
  it.each([[1, 1, 1], [2, 3, 3], [22, 23, 24], [42, 43, 44]])('Bình Định %i is 2023 model %i, 2024 model %i', (local, y23, y24) => {
    expect(model2023OfBinhDinh(local)).toBe(y23);
    expect(model2024OfBinhDinh(local)).toBe(y24);
  });
  it('maps Hà Nội models by the report\'s reference, or by the same service', () => {
    expect(model2024OfHanoi(1, 33)).toEqual({ modelNo: 34, basis: 'report_reference' });
    expect(model2024OfHanoi(4, null)).toEqual({ modelNo: 23, basis: 'same_service' });
    expect(model2024OfHanoi(6, null)).toBeNull();
  });
  it('refuses numbers outside each list', () => {
    expect(() => model2023Of(45)).toThrow(RangeError);
    expect(() => model2024Of2023(44)).toThrow(RangeError);
    expect(() => model2023OfBinhDinh(43)).toThrow(RangeError);
  });

  it('agrees with the names: every 2023 model of report 001 has the name of its 2024 model in report 000', () => {
    const y2024 = new Map(parseReport000(readSource('000_7f29e68dedb715cb.txt')).models.map((m) => [m.no, fold(m.nameVi)]));
    for (const m of parseReport001(readSource('001_ea798573c8b116f0.txt'))) {
      const name2024 = y2024.get(model2024Of2023(m.no2023)) ?? '';
      // 001 cuts a few names at a page break, so compare its first 30 letters.
      expect(name2024.startsWith(fold(m.nameVi).slice(0, 30)), `2023 model ${m.no2023}: ${m.nameVi}`).toBe(true);
    }
  });

  it('agrees with the names: every Bình Định row names the 2023 model its position implies', () => {
    const rows = parseReport003(readSource('003_56915f187a0eb783.txt')).rows;
    expect(rows.map((r) => r.no2023)).toEqual(rows.map((r) => model2023OfBinhDinh(r.localNo)));
  });
});
