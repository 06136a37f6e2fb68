/**
 * Rows of discrepancies.csv where two sources disagree, or one fills a gap the other leaves: each
 * names both sources and both figures (`source`/`value`, `other_source`/`other_value`).
 * - 000 against 002: how many models are deployed in all 63 provinces;
 * - 000 against 003: Bình Định's own status of each of its models against 000's Bình Định cell;
 * - 000 against 003's appendix 2: the 19 pilots under way in Hà Nội against 000's Hà Nội cells.
 * Statuses are compared by one rule (`compareStatuses`); numberings meet only in the crosswalk.
 */
import { model2024OfBinhDinh, model2024OfHanoi } from '../../../domain/crosswalk.ts';
import { parseDeadline } from '../../../domain/deadline.ts';
import { compareStatuses } from '../../../domain/status-agreement.ts';
import type { Report003 } from '../report-003/parse.ts';
import type { Plan004 } from '../report-004/parse.ts';
import type { IndicatorRow } from '../report-002/indicators.ts';
import { SOURCE } from '../sources.ts';
import { BINH_DINH, provinceStatus } from './binh-dinh.ts';
import type { DiscrepancyRow } from './discrepancy-row.ts';
import type { CoverageCell } from './models-coverage.ts';
import { MODELS, PROVINCE_COUNT } from '../../../domain/rollout.ts';

/** How the sources write "every province": 63/63. */
const ALL = `${PROVINCE_COUNT}/${PROVINCE_COUNT}`;

/** Hà Nội's ISO code. */
const HANOI = 'VN-HN';

const BASIS: Record<string, [en: string, vi: string]> = {
  all_provinces: [`it reports ${ALL} provinces`, `mô hình báo cáo ${ALL} địa phương`],
  listed: ['named in its list', 'có tên trong danh sách'],
  text: ['named in its text', 'được nêu trong nội dung'],
  not_listed: ['not named, and the list has the stated count', 'không có tên, danh sách đủ số đã nêu'],
  no_list: ['the model has no province list', 'mô hình không có danh sách địa phương'],
  list_incomplete: ['not named, and the list is shorter than stated or states no count', 'không có tên, danh sách ít hơn số đã nêu hoặc không nêu số'],
};
const NATIONAL: Record<string, [en: string, vi: string]> = {
  deployed: ['as deployed', 'là đã triển khai'], not_deployed: ['as not deployed', 'là chưa triển khai'],
};
const OWN: Record<string, [en: string, vi: string]> = {
  completed: ['completed', 'đã hoàn thành'], in_progress: ['in progress', 'đang triển khai'], not_started: ['not started', 'chưa triển khai'],
  waiting: ['waiting for central guidance', 'chờ hướng dẫn của Trung ương'],
};

const clip = (text: string, max = 160): string => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:.\s]+$/, '')} …`);
const pick = (table: Record<string, [string, string]>, key: string, lang: 0 | 1): string => table[key]?.[lang] ?? key;

/** 000's count of models at 63/63 against 002's stated figure. */
export function allProvincesRows(cells: readonly CoverageCell[], indicators: readonly IndicatorRow[]): DiscrepancyRow[] {
  const stated = indicators.find((i) => i.indicator_id === 'models_deployed_in_all_provinces');
  const models = [...new Set(cells.filter((c) => c.basis === 'all_provinces').map((c) => c.model_no))].sort((a, b) => a - b);
  if (!stated || stated.value === models.length) return [];
  return [{
    kind: 'cross_source_count', source: SOURCE.national2024, value: String(models.length), other_source: stated.source, other_value: String(stated.value),
    detail: `Report 000 counts ${models.length} models at ${ALL} provinces (models ${models.join(', ')}); report 002 states ${stated.value}: “${stated.quote}”.`,
    detail_vi: `Báo cáo 000 có ${models.length} mô hình đạt ${ALL} địa phương (mô hình ${models.join(', ')}); báo cáo 002 nêu ${stated.value}: “${stated.quote}”.`,
  }];
}

/** Bình Định's own status of each model (003) against 000's cell for Bình Định, where they disagree or 003 fills a gap. */
export function binhDinhStatusRows(cells: readonly CoverageCell[], report: Report003): DiscrepancyRow[] {
  return report.rows.flatMap((row): DiscrepancyRow[] => {
    const modelNo = model2024OfBinhDinh(row.localNo);
    const cell = cells.find((c) => c.model_no === modelNo && c.province_code === BINH_DINH);
    const { status, statusText } = provinceStatus(row);
    const agreement = cell ? compareStatuses(cell.status, status) : 'silent';
    if (!cell || (agreement !== 'disagree' && agreement !== 'fills_gap')) return [];
    // An unclear row has no phrase that decides it: say so rather than quote the whole note.
    const own = (lang: 0 | 1): string => (status === 'unclear'
      ? (lang === 0 ? 'nothing clear: it lists the model, but its note gives no status' : 'không rõ: có dòng của mô hình nhưng phần ghi chú không nêu tình trạng')
      : `${pick(OWN, status, lang)}: “${clip(statusText)}”`);
    const basis = (lang: 0 | 1): string => pick(BASIS, cell.basis, lang);
    return [{
      kind: agreement === 'disagree' ? 'cross_source_status' : 'cross_source_gap', model_no: modelNo, province_code: BINH_DINH,
      source: SOURCE.national2024, value: cell.status, other_source: SOURCE.binhDinhReport, other_value: status,
      detail: agreement === 'disagree'
        ? `Report 000 counts Bình Định ${pick(NATIONAL, cell.status, 0)} (${basis(0)}); Bình Định's own report (003, row ${row.localNo}) says ${own(0)}.`
        : `Report 000 does not say whether Bình Định deployed it (${basis(0)}); Bình Định's own report (003, row ${row.localNo}) says ${own(0)}.`,
      detail_vi: agreement === 'disagree'
        ? `Báo cáo 000 tính Bình Định ${pick(NATIONAL, cell.status, 1)} (${basis(1)}); báo cáo của tỉnh (003, dòng ${row.localNo}) ghi ${own(1)}.`
        : `Báo cáo 000 không cho biết Bình Định đã triển khai chưa (${basis(1)}); báo cáo của tỉnh (003, dòng ${row.localNo}) ghi ${own(1)}.`,
    }];
  });
}

/** The 19 pilots report 003 lists as under way in Hà Nội (appendix 2) against 000's Hà Nội cells, where they disagree or fill a gap. */
export function hanoiRows(cells: readonly CoverageCell[], report: Report003): DiscrepancyRow[] {
  return [...report.hanoi].sort((a, b) => a.hanoiNo - b.hanoiNo).flatMap((h): DiscrepancyRow[] => {
    const match = model2024OfHanoi(h.hanoiNo, h.refersTo2023);
    const cell = match && cells.find((c) => c.model_no === match.modelNo && c.province_code === HANOI);
    // "19 mô hình điểm … đang triển khai tại thành phố Hà Nội": each is under way there.
    const agreement = cell ? compareStatuses(cell.status, 'in_progress') : 'silent';
    if (!match || !cell || (agreement !== 'disagree' && agreement !== 'fills_gap')) return [];
    const how = match.basis === 'same_service' ? [`, matched to the ${MODELS} as the same service`, `, đối chiếu với ${MODELS} mô hình là cùng một dịch vụ`] : ['', ''];
    const listed = (lang: 0 | 1): string => (lang === 0
      ? `report 003 lists it among the 19 pilot models under way in Hà Nội (appendix 2, Hà Nội's model ${h.hanoiNo}: “${h.nameVi}”${how[0]})`
      : `báo cáo 003 nêu trong 19 mô hình điểm đang triển khai tại Hà Nội (Phụ lục 2, mô hình số ${h.hanoiNo} của Hà Nội: “${h.nameVi}”${how[1]})`);
    const basis = (lang: 0 | 1): string => pick(BASIS, cell.basis, lang);
    return [{
      kind: agreement === 'disagree' ? 'cross_source_status' : 'cross_source_gap', model_no: match.modelNo, province_code: HANOI,
      source: SOURCE.national2024, value: cell.status, other_source: SOURCE.binhDinhReport, other_value: 'in_progress',
      detail: agreement === 'disagree'
        ? `Report 000 counts Hà Nội ${pick(NATIONAL, cell.status, 0)} (${basis(0)}); ${listed(0)}.`
        : `Report 000 does not say whether Hà Nội deployed it (${basis(0)}); ${listed(0)}.`,
      detail_vi: agreement === 'disagree'
        ? `Báo cáo 000 tính Hà Nội ${pick(NATIONAL, cell.status, 1)} (${basis(1)}); ${listed(1)}.`
        : `Báo cáo 000 không cho biết Hà Nội đã triển khai chưa (${basis(1)}); ${listed(1)}.`,
    }];
  });
}

/** Deadlines of the province's plan (004) that no rule reads as a date: kept as written, never guessed, and listed. */
export function unparsedDeadlineRows(plan: readonly Plan004[]): DiscrepancyRow[] {
  return plan.flatMap((p): DiscrepancyRow[] => {
    const deadline = parseDeadline(p.deadline);
    if (deadline?.kind !== 'unparsed') return [];
    return [{
      kind: 'unparsed_deadline', model_no: model2024OfBinhDinh(p.localNo), province_code: BINH_DINH, source: SOURCE.binhDinhDecision, value: p.deadline,
      detail: `Row ${p.localNo}'s deadline “${p.deadline}” is not read as a date; the model is never counted late.`,
      detail_vi: `Thời hạn của dòng ${p.localNo} “${p.deadline}” không đọc được thành ngày; mô hình không bao giờ bị tính là quá hạn.`,
    }];
  });
}
