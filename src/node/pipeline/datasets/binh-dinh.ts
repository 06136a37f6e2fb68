/** province_models.csv (Bình Định's 42 models) and hanoi_models.csv (the 19 Hà Nội models). */
import { model2024OfBinhDinh, model2024OfHanoi, model2023OfBinhDinh } from '../../../domain/crosswalk.ts';
import type { OwnStatus } from '../../../domain/status-agreement.ts';
import { parseDeadline } from '../../../domain/deadline.ts';
import type { Table } from '../csv.ts';
import type { HanoiRow003, ProvinceRow003, Report003 } from '../report-003/parse.ts';
import type { Plan004 } from '../report-004/parse.ts';
import { SOURCE, asOfOf } from '../sources.ts';

/** Bình Định's ISO code. */
export const BINH_DINH = 'VN-31';

/** A status of a model in a province report, and the phrase that decided it. */
export interface ProvinceStatus {
  status: OwnStatus;
  statusText: string;
}

// Difficulties that put the cause with a central body or a missing national provision.
const CENTRAL_CAUSE = /C06|Bộ Y tế|cơ sở pháp lý|chưa liên thông|chưa tích hợp|hướng dẫn/i;

/**
 * The status of one row of report 003, by these rules in order:
 * 1. the result says not started ("Chưa triển khai") → `waiting` if the difficulty puts the
 *    cause with a central body or provision, else `not_started`;
 * 2. the note says completed ("đã hoàn thành") → `completed`;
 * 3. the note says under way ("đang …", "tiếp tục …", "được triển khai", "đồng ý chủ trương") → `in_progress`;
 * 4. otherwise `unclear` (the row has no note that says).
 */
export function provinceStatus(row: ProvinceRow003): ProvinceStatus {
  const notStarted = /^Chưa triển khai( thực hiện)?/.exec(row.resultText);
  if (notStarted) {
    const central = CENTRAL_CAUSE.exec(row.difficultyText);
    return central
      ? { status: 'waiting', statusText: `${notStarted[0]} — ${sentenceAround(row.difficultyText, central.index)}` }
      : { status: 'not_started', statusText: notStarted[0] };
  }
  const done = /[^.]*đã hoàn thành[^.]*/i.exec(row.note);
  if (done) return { status: 'completed', statusText: done[0].trim() };
  const going = /[^.]*(đang|tiếp tục|Tiếp tục|được triển khai|đồng ý chủ trương)[^.]*/.exec(row.note);
  if (going) return { status: 'in_progress', statusText: going[0].trim() };
  return { status: 'unclear', statusText: row.note };
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('- ', at), text.lastIndexOf('. ', at) + 1, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? undefined : end).replace(/^-\s*/, '').trim();
}

/** province_models.csv */
export function provinceModelsTable(report: Report003, plan: readonly Plan004[]): Table {
  return {
    columns: ['province_code', 'model_no', 'model_no_2023', 'local_no', 'name_vi', 'status', 'status_text', 'lead_agency', 'partners', 'deadline',
      'deadline_date', 'deadline_kind', 'result_text', 'difficulty_text', 'effectiveness_text', 'funding_text', 'note', 'source', 'plan_source', 'as_of'],
    rows: report.rows.map((row) => {
      if (model2023OfBinhDinh(row.localNo) !== row.no2023) {
        throw new Error(`report 003, row ${row.localNo}: names model ${row.no2023}, the crosswalk expects ${model2023OfBinhDinh(row.localNo)}`);
      }
      const p = plan.find((x) => x.localNo === row.localNo);
      if (!p) throw new Error(`report 004 has no row ${row.localNo}`);
      const { status, statusText } = provinceStatus(row);
      const deadline = parseDeadline(p.deadline);
      return {
        province_code: BINH_DINH, model_no: model2024OfBinhDinh(row.localNo), model_no_2023: row.no2023, local_no: row.localNo,
        name_vi: row.nameVi, status, status_text: statusText, lead_agency: p.leadAgency, partners: p.partners, deadline: p.deadline,
        deadline_date: deadline?.date ?? null, deadline_kind: deadline?.kind ?? null,
        result_text: row.resultText, difficulty_text: row.difficultyText, effectiveness_text: row.effectivenessText,
        funding_text: row.fundingText, note: row.note, source: SOURCE.binhDinhReport, plan_source: SOURCE.binhDinhDecision,
        as_of: asOfOf(SOURCE.binhDinhReport),
      };
    }),
  };
}

/** hanoi_models.csv */
export function hanoiModelsTable(rows: readonly HanoiRow003[]): Table {
  return {
    columns: ['hanoi_no', 'name_vi', 'track', 'model_no', 'match_basis', 'binh_dinh_lead_agency', 'binh_dinh_progress', 'binh_dinh_result', 'source'],
    rows: [...rows].sort((a, b) => a.hanoiNo - b.hanoiNo).map((h) => {
      const match = model2024OfHanoi(h.hanoiNo, h.refersTo2023);
      return {
        hanoi_no: h.hanoiNo, name_vi: h.nameVi, track: h.track, model_no: match?.modelNo ?? null, match_basis: match?.basis ?? null,
        binh_dinh_lead_agency: h.leadAgency, binh_dinh_progress: h.progress, binh_dinh_result: h.resultText, source: SOURCE.binhDinhReport,
      };
    }),
  };
}
