/** difficulties.csv: every difficulty sentence of reports 000 and 003, with its categories and whether it reports progress instead. */
import { model2024OfBinhDinh } from '../../../domain/crosswalk.ts';
import type { Table } from '../csv.ts';
import { classifyDifficulty, classifyNature, splitSentences } from '../difficulties/classify.ts';
import type { Report000 } from '../report-000/parse.ts';
import type { Report003 } from '../report-003/parse.ts';
import { SOURCE } from '../sources.ts';
import { BINH_DINH } from './binh-dinh.ts';

interface Text { id: string; modelNo: number; provinceCode: string | null; text: string; source: string }

/** difficulties.csv: one row per difficulty sentence × category; `nature` is `progress` where the sentence reports work done, not a difficulty. */
export function difficultiesTable(national: Report000, binhDinh: Report003): Table {
  const texts: Text[] = [];
  for (const m of national.models) {
    splitSentences(m.difficultyText).forEach((text, i) => {
      texts.push({ id: `000-m${m.no}-${i + 1}`, modelNo: m.no, provinceCode: null, text, source: SOURCE.national2024 });
    });
  }
  for (const row of binhDinh.rows) {
    const modelNo = model2024OfBinhDinh(row.localNo);
    splitSentences(row.difficultyText).forEach((text, i) => {
      texts.push({ id: `003-m${modelNo}-${i + 1}`, modelNo, provinceCode: BINH_DINH, text, source: SOURCE.binhDinhReport });
    });
  }
  return {
    columns: ['difficulty_id', 'model_no', 'province_code', 'category', 'nature', 'text', 'source'],
    rows: texts.flatMap((t) => classifyDifficulty(t.text).map((category) => ({
      difficulty_id: t.id, model_no: t.modelNo, province_code: t.provinceCode, category, nature: classifyNature(t.text), text: t.text, source: t.source,
    }))),
  };
}
