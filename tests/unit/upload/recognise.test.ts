import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/data/schema.ts';
import { columnName, recognise } from '../../../src/upload/recognise.ts';
import { loadTable } from '../helpers.ts';

const name = (r: ReturnType<typeof recognise>): string | undefined => (r.ok ? r.schema.name : undefined);

describe('recognise', () => {
  it.each(TABLES.map((t) => t.file))('%s is recognised from its own header', (file) => {
    expect(name(recognise(TABLES, loadTable(file).columnNames()))).toBe(file.replace(/\.csv$/, ''));
  });

  it('reads header cells loosely: case, spaces, BOM, dashes', () => {
    expect(columnName('\uFEFF Model No ')).toBe('model_no');
    expect(name(recognise(TABLES, ['Model-No', 'PROVINCE_CODE', 'Status ', 'Basis']))).toBe('coverage');
  });

  it('the same three columns are coverage or a province report, by the words in the rows', () => {
    const header = ['province_code', 'model_no', 'status'];
    expect(name(recognise(TABLES, header, [['VN-31', '1', 'deployed'], ['VN-HN', '1', 'not_deployed']]))).toBe('coverage');
    expect(name(recognise(TABLES, header, [['VN-31', '1', 'completed'], ['VN-31', '2', 'in_progress']]))).toBe('province_models');
  });

  it('names the closest table and what it lacks, or none', () => {
    expect(recognise(TABLES, ['model_no', 'province_code', 'state'])).toEqual({ ok: false, closest: TABLES.find((t) => t.name === 'coverage'), missing: ['status'] });
    expect(recognise(TABLES, ['foo', 'bar'])).toEqual({ ok: false, missing: [] });
  });
});
