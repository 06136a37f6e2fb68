import { describe, expect, it } from 'vitest';
import { csvHeader } from '../../../src/data/csv-header.ts';
import { TABLES } from '../../../src/data/schema.ts';
import { inList, int, str } from '../../../src/data/sql.ts';
import { readText } from '../helpers.ts';

describe('the schema the app loads', () => {
  it.each(TABLES.map((t) => [t.file, t] as const))('%s: every declared column is in the committed file, in the same order', (file, schema) => {
    expect(csvHeader(readText(`data/${file}`))).toEqual(Object.keys(schema.columns));
  });

  it('reads quoted headers and ignores a BOM', () => {
    expect(csvHeader('\uFEFF"a,b",c\r\n1,2')).toEqual(['a,b', 'c']);
  });
});

describe('SQL quoting', () => {
  it('quotes strings and refuses non-integers', () => {
    expect(str("Thừa Thiên Huế'; DROP TABLE x; --")).toBe("'Thừa Thiên Huế''; DROP TABLE x; --'");
    expect(inList('g', ['I', "I'I"])).toBe("g IN ('I', 'I''I')");
    expect(inList('g', [])).toBe('TRUE');
    expect(() => int(1.5)).toThrow();
  });
});
