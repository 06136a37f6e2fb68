/**
 * Issue 16: the bad-file corpus, grown. Each file is read as the upload worker reads it and the
 * expected message is the one the data view shows, word for word (file · row · column · value — what
 * is wrong), so a change of wording or a lost detail fails here. Files are in tests/fixtures/uploads/
 * or made in the test when they are generated (see its README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/data/schema.ts';
import { readUpload, type UploadRead } from '../../../src/upload/read-upload.ts';
import { columnRule } from '../../../src/upload/table-rules.ts';
import type { Encoding } from '../../../src/upload/decode.ts';
import { problemText, whereText } from '../../../src/views/data/problem-text.ts';
import { UPLOAD } from '../../../src/views/data/upload-messages.ts';
import { ROOT } from '../helpers.ts';

const CORPUS = resolve(ROOT, 'tests/fixtures/uploads');
const corpus = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(CORPUS, file)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The problems of a read as the data view words them. */
const lines = (read: UploadRead, lang: 'vi' | 'en' = 'vi'): string[] =>
  read.problems.map((p) => `${whereText(UPLOAD[lang], read.fileName, p)} — ${problemText(UPLOAD[lang], lang, p)}`);

/** Reads a file and returns the lines shown for it. */
async function shown(name: string, bytes: Uint8Array, lang: 'vi' | 'en' = 'vi', encoding?: Encoding): Promise<string[]> {
  const read = await readUpload(name, bytes, encoding);
  expect(read.table, `${name} must be refused`).toBeUndefined();
  return lines(read, lang);
}

describe('16.4: every number column has its domain', () => {
  it('no number column of any table is left without one', () => {
    const open = TABLES.flatMap((t) => Object.entries(t.columns).filter(([, type]) => type !== 'VARCHAR').map(([c]) => [t.name, c, columnRule(t, c)] as const))
      .filter(([, , rule]) => rule.kind !== 'model' && !(rule.kind === 'integer' || rule.kind === 'number' ? rule.domain : undefined))
      .map(([t, c]) => `${t}.${c}`);
    expect(open).toEqual([]);
  });

  it('impossible counts in models.csv: negative, past 63, 1e308 — each named with its range', async () => {
    expect(await shown('impossible-models.csv', corpus('impossible-models.csv'))).toEqual([
      'impossible-models.csv · dòng 2 · cột “stated_count” · giá trị “-5” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 2 · cột “replication_count” · giá trị “-100” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 3 · cột “stated_count” · giá trị “64” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 3 · cột “replication_count” · giá trị “1e308” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 4 · cột “listed_count” · giá trị “41.5” — Không phải số nguyên.',
    ]);
    expect((await shown('impossible-models.csv', corpus('impossible-models.csv'), 'en'))[0])
      .toBe('impossible-models.csv · row 2 · column “stated_count” · value “-5” — A number of provinces must be from 0 to 63.');
  });

  it('impossible indicators: a negative count, 1e308, a share of 120 %, negative money, past every double', async () => {
    expect(await shown('impossible-indicators.csv', corpus('impossible-indicators.csv'))).toEqual([
      'impossible-indicators.csv · dòng 2 · cột “value” · giá trị “-12” — Số lượng phải từ 0 đến 100.000.000.000.',
      'impossible-indicators.csv · dòng 3 · cột “value” · giá trị “1e308” — Số lượng phải từ 0 đến 100.000.000.000.',
      'impossible-indicators.csv · dòng 4 · cột “value” · giá trị “120” — Tỷ lệ phần trăm phải từ 0 đến 100.',
      'impossible-indicators.csv · dòng 5 · cột “value” · giá trị “-3” — Số tiền (tỷ đồng) phải từ 0 đến 10.000.000.',
      'impossible-indicators.csv · dòng 6 · cột “value” · giá trị “1e400” — Không phải số.',
    ]);
  });

  it('the other counted columns: members of a 2025 unit, models of a group, steps, positions', async () => {
    expect(await shown('units.csv', utf8('unit_code,name_vi,name_en,seat_province_code,member_count\nVN-31,Gia Lai,Gia Lai,VN-31,0\n'))).toEqual([
      'units.csv · dòng 2 · cột “member_count” · giá trị “0” — Số tỉnh phải từ 1 đến 63.',
    ]);
    expect(await shown('groups.csv', utf8('group,name_vi,name_en,stated_models\nII,Nhóm II,Group II,45\n'), 'en')).toEqual([
      'groups.csv · row 2 · column “stated_models” · value “45” — A number of models must be from 0 to 44.',
    ]);
    expect(await shown('steps.csv', utf8('model_no,step_no,text\n13,0,Bước không\n13,-1,Bước âm\n'))).toEqual([
      'steps.csv · dòng 2 · cột “step_no” · giá trị “0” — Số thứ tự phải từ 1 đến 99.',
      'steps.csv · dòng 3 · cột “step_no” · giá trị “-1” — Số thứ tự phải từ 1 đến 99.',
    ]);
  });

  it('the bundled figures are all inside their domains (the limits refuse nothing real)', async () => {
    for (const file of ['models.csv', 'indicators.csv', 'model_groups.csv', 'units_2025.csv', 'discrepancies.csv', 'model_steps.csv', 'province_models.csv', 'hanoi_models.csv']) {
      const read = await readUpload(file, new Uint8Array(readFileSync(resolve(ROOT, 'data', file))));
      expect(lines(read), file).toEqual([]);
    }
  });
});
