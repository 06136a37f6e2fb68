import { describe, expect, it } from 'vitest';
import { readUpload } from '../../../src/upload/read-upload.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const column = (t: { columns: string[]; rows: (string | null)[][] }, c: string) => t.rows.map((r) => r[t.columns.indexOf(c)]);

describe('a tracking sheet without deadline_date and deadline_kind', () => {
  const sheet = [
    'province_code,model_no,status,deadline,as_of',
    'VN-31,3,in_progress,Quý III/2024,2025-03-31',
    'VN-31,18,completed,Quý I/2024,2025-03-31',
    'VN-31,13,not_started,Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an,2025-03-31',
    'VN-31,4,in_progress,Năm 2023 và những năm tiếp theo,2025-03-31',
    'VN-31,19,waiting,Sớm nhất có thể,2025-03-31',
    'VN-31,5,completed,,2025-03-31',
  ].join('\n');

  it('gets them read from its deadline phrases, by the parser the pipeline uses', async () => {
    const read = await readUpload('theo-doi.csv', utf8(sheet));
    expect(read.problems).toEqual([]);
    const t = read.table!;
    expect(column(t, 'deadline_date')).toEqual(['2024-09-30', '2024-03-31', null, null, null, null]);
    expect(column(t, 'deadline_kind')).toEqual(['quarter_end', 'quarter_end', 'roadmap', 'ongoing', 'unparsed', null]);
    // Read, so not "kept from the loaded table" when the sheet is merged in.
    expect(t.absent).not.toContain('deadline_date');
    expect(t.absent).not.toContain('deadline_kind');
  });

  it('says the columns were read, and names the phrase that is not a date rather than guessing one', async () => {
    const read = await readUpload('theo-doi.csv', utf8(sheet));
    const kinds = read.notes.map((n) => n.kind);
    expect(kinds).toContain('deadline_read');
    expect(read.notes.find((n) => n.kind === 'deadline_unparsed')).toMatchObject({ count: 1, examples: [{ value: 'Sớm nhất có thể' }] });
    const missing = read.notes.find((n) => n.kind === 'missing_optional')?.examples[0]?.value ?? '';
    expect(missing).not.toMatch(/deadline_/);
    expect(missing).toContain('lead_agency');
  });

  it('keeps the dates a sheet gives itself, and checks them', async () => {
    const own = await readUpload('a.csv', utf8('province_code,model_no,status,deadline,deadline_date,deadline_kind\nVN-31,3,in_progress,Quý III/2024,2024-10-31,date\n'));
    expect(column(own.table!, 'deadline_date')).toEqual(['2024-10-31']);
    expect(own.notes.map((n) => n.kind)).not.toContain('deadline_read');
    const bad = await readUpload('b.csv', utf8('province_code,model_no,status,deadline_kind\nVN-31,3,in_progress,soon\n'));
    expect(bad.problems).toMatchObject([{ kind: 'not_allowed', row: 2, column: 'deadline_kind', value: 'soon' }]);
  });

  it('without a deadline column leaves them to the loaded table (the merge keeps phrase and date together)', async () => {
    const read = await readUpload('c.csv', utf8('province_code,model_no,status\nVN-31,3,completed\n'));
    expect(read.table!.absent).toEqual(expect.arrayContaining(['deadline', 'deadline_date', 'deadline_kind']));
    expect(read.notes.map((n) => n.kind)).not.toContain('deadline_read');
  });
});
