import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/node/pipeline/build-datasets.ts';
import { toCsv } from '../../../src/node/pipeline/csv.ts';
import { ROOT, loadTable, readSource, readText } from '../helpers.ts';

describe('npm run data', () => {
  const tables = buildDatasets(readSource);

  it('reproduces every committed table byte for byte', () => {
    for (const [file, table] of Object.entries(tables)) expect(toCsv(table), file).toBe(readText(`data/${file}`));
  });

  it('leaves no table in data/ that the pipeline does not make', () => {
    const committed = readdirSync(resolve(ROOT, 'data')).filter((f) => f.endsWith('.csv')).sort();
    expect(committed).toEqual(Object.keys(tables).sort());
  });

  it('writes NFC UTF-8 without BOM, with no phone number in any table', () => {
    for (const file of Object.keys(tables)) {
      const text = readFileSync(resolve(ROOT, 'data', file), 'utf8');
      expect(text.charCodeAt(0), file).not.toBe(0xfeff);
      expect(text.normalize('NFC') === text, file).toBe(true);
      expect(text, file).not.toMatch(/(\+84|0)[0-9]{2,3}[ .]?[0-9]{3}[ .]?[0-9]{3,4}/);
    }
  });

  it('matches the shapes of datasets.md (the shared checker)', () => {
    const checker = resolve(ROOT, '../shared/tools/check-datasets.mjs');
    if (!existsSync(checker)) return;
    expect(execFileSync('node', [checker], { cwd: ROOT, encoding: 'utf8' })).toContain('matches');
  });
});

describe('coverage.csv follows the status rules of datasets.md (checked with Arquero)', () => {
  const coverage = loadTable('coverage.csv');
  const models = loadTable('models.csv');

  it('has 44 × 63 = 2,772 rows, 63 per model, one per model × province', () => {
    expect(coverage.numRows()).toBe(2772);
    const perModel = coverage.groupby('model_no').count().array('count');
    expect(perModel).toHaveLength(44);
    expect(new Set(perModel)).toEqual(new Set([63]));
    expect(coverage.dedupe('model_no', 'province_code').numRows()).toBe(2772);
  });

  it('pairs every status with the bases the rules allow', () => {
    const pairs = coverage.select('status', 'basis').dedupe().objects() as { status: string; basis: string }[];
    const allowed: Record<string, string[]> = {
      deployed: ['listed', 'text', 'all_provinces'], not_deployed: ['not_listed'], unknown: ['no_list', 'list_incomplete'],
    };
    for (const { status, basis } of pairs) expect(allowed[status], `${status}/${basis}`).toContain(basis);
  });

  it('counts deployed rows = distinct provinces named (or 63), and unknown only where the list is not known complete', () => {
    const deployed = new Map(coverage.filter((d: { status: string }) => d.status === 'deployed').groupby('model_no').count()
      .objects().map((r) => [(r as { model_no: string }).model_no, (r as { count: number }).count]));
    const unknown = new Map(coverage.filter((d: { status: string }) => d.status === 'unknown').groupby('model_no').count()
      .objects().map((r) => [(r as { model_no: string }).model_no, (r as { count: number }).count]));
    const num = (v: string | null | undefined): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
    for (const m of models.objects() as Record<string, string>[]) {
      const no = m.model_no ?? '';
      const listed = num(m.listed_count);
      const stated = num(m.stated_count);
      if (m.coverage_kind === 'all_provinces') { expect(deployed.get(no)).toBe(63); continue; }
      expect(deployed.get(no) ?? 0, `model ${m.model_no}`).toBe(listed ?? 0);
      const complete = m.coverage_kind === 'list' && stated !== null && listed !== null && stated <= listed;
      expect(unknown.get(no) ?? 0, `model ${m.model_no}`).toBe(complete ? 0 : 63 - (listed ?? 0));
    }
  });

  it('keeps the source and as-of date on every row', () => {
    expect(coverage.filter((d: { source: string; as_of: string }) => d.source === '' || d.as_of === '').numRows()).toBe(0);
  });
});
