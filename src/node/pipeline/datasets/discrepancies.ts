/** discrepancies.csv: every place where the sources disagree with themselves or leave a gap. */
import { PROVINCES, provinceName } from '../../../domain/provinces.ts';
import type { Table } from '../csv.ts';
import { SHARED_CELL_000 } from '../report-000/anchors.ts';
import type { Report000 } from '../report-000/parse.ts';
import type { IndicatorRow } from '../report-002/indicators.ts';
import type { Report003 } from '../report-003/parse.ts';
import type { Plan004 } from '../report-004/parse.ts';
import { SOURCE } from '../sources.ts';
import { BINH_DINH, provinceStatus } from './binh-dinh.ts';
import { allProvincesRows, binhDinhStatusRows, hanoiRows, unparsedDeadlineRows } from './cross-source.ts';
import type { CoverageCell, ModelCoverage } from './models-coverage.ts';
import type { DiscrepancyRow } from './discrepancy-row.ts';
import { PROVINCE_COUNT } from '../../../domain/rollout.ts';

export type { DiscrepancyRow } from './discrepancy-row.ts';
type Row = DiscrepancyRow;

const nameOf = (code: string): string => provinceName(code, 'vi');
const nameEnOf = (code: string): string => provinceName(code, 'en');

function nationalRows(report: Report000, coverages: readonly ModelCoverage[]): Row[] {
  const source = SOURCE.national2024;
  const rows: Row[] = [];
  for (const { model: m, kind, named } of coverages) {
    if (kind === 'all_provinces') continue;
    if (m.statedCount !== null && m.statedCount !== named.size) {
      const mentions = m.list?.length ?? named.size;
      rows.push({ kind: 'stated_vs_listed', model_no: m.no, stated: m.statedCount, counted: named.size, source,
        detail: `States ${m.statedCount} provinces; names ${named.size} distinct${mentions !== named.size ? ` (${mentions} names with repeats)` : ''}.`,
        detail_vi: `Nêu ${m.statedCount} địa phương; danh sách có ${named.size} địa phương khác nhau${mentions !== named.size ? ` (${mentions} tên, kể cả lặp)` : ''}.` });
    }
    const counts = new Map<string, number>();
    for (const p of m.list ?? []) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    for (const [code, n] of counts) {
      if (n > 1) rows.push({ kind: 'repeated_name', model_no: m.no, province_code: code, counted: n, source,
        detail: `${nameEnOf(code)} is named ${n} times in the list.`, detail_vi: `${nameOf(code)} được nêu ${n} lần trong danh sách.` });
    }
    if (kind === 'none' || kind === 'text') {
      rows.push({ kind: 'no_list', model_no: m.no, counted: named.size, source,
        detail: kind === 'text' ? `No province list; the text names ${[...named.keys()].map(nameEnOf).join(', ')} as piloting it. Coverage elsewhere unknown.`
          : `No province list and no count; coverage unknown for all ${PROVINCE_COUNT} provinces.`,
        detail_vi: kind === 'text' ? `Không có danh sách địa phương; văn bản nêu ${[...named.keys()].map(nameOf).join(', ')} thí điểm. Các địa phương khác: chưa rõ.`
          : `Không có danh sách và số địa phương; chưa rõ tình hình ở cả ${PROVINCE_COUNT} địa phương.` });
    } else if (m.statedCount === null) {
      rows.push({ kind: 'no_stated_count', model_no: m.no, counted: named.size, source,
        detail: `Lists ${named.size} provinces but states no count, so the list may be incomplete.`,
        detail_vi: `Có danh sách ${named.size} địa phương nhưng không nêu tổng số, danh sách có thể chưa đủ.` });
    }
    if (m.replicationCount === null) {
      rows.push({ kind: 'no_replication_figure', model_no: m.no, source,
        detail: 'States no number of provinces proposing replication.', detail_vi: 'Không nêu số địa phương đề xuất nhân rộng.' });
    }
  }
  const everNamed = new Set(coverages.filter((c) => c.kind !== 'all_provinces').flatMap((c) => [...c.named.keys()]));
  for (const p of PROVINCES) {
    if (!everNamed.has(p.code)) rows.push({ kind: 'never_named', province_code: p.code, source,
      detail: `${p.nameEn} is not named in any model's list or text (it appears only through the ${PROVINCE_COUNT}/${PROVINCE_COUNT} models).`,
      detail_vi: `${p.nameVi} không được nêu trong danh sách hay văn bản của mô hình nào (chỉ có mặt qua các mô hình ${PROVINCE_COUNT}/${PROVINCE_COUNT}).` });
  }
  for (const g of report.groups) {
    const listed = report.models.filter((m) => m.group === g.group).length;
    if (listed !== g.statedModels) rows.push({ kind: 'group_count', stated: g.statedModels, counted: listed, source,
      detail: `Group ${g.group} heading says ${g.statedModels} models; ${listed} models are listed under it.`,
      detail_vi: `Tiêu đề nhóm ${g.group} ghi ${g.statedModels} mô hình; bên dưới có ${listed} mô hình.` });
  }
  for (const no of SHARED_CELL_000.models) {
    rows.push({ kind: 'merged_cell', model_no: no, source,
      detail: `One merged difficulty/effectiveness cell, printed after models ${SHARED_CELL_000.printedAfter.join(' and ')}, covers models ${SHARED_CELL_000.models.join(', ')}; it is attributed to each.`,
      detail_vi: `Một ô gộp (khó khăn/hiệu quả), in sau mô hình ${SHARED_CELL_000.printedAfter.join(' và ')}, dùng chung cho các mô hình ${SHARED_CELL_000.models.join(', ')}; được gán cho từng mô hình.` });
  }
  return rows;
}

function binhDinhRows(report: Report003): Row[] {
  const source = SOURCE.binhDinhReport;
  const rows: Row[] = [];
  const count = (s: string): number => report.rows.filter((r) => provinceStatus(r).status === s).length;
  const checks: [string, string, number, number][] = [
    ['completed', 'hoàn thành', report.summary.completed, count('completed')],
    ['in_progress', 'đang triển khai', report.summary.inProgress, count('in_progress')],
    ['waiting', 'chờ hướng dẫn của Trung ương', report.summary.waiting, count('waiting')],
  ];
  for (const [status, vi, stated, counted] of checks) {
    if (stated !== counted) rows.push({ kind: 'summary_vs_rows', province_code: BINH_DINH, stated, counted, source,
      detail: `The letter counts ${stated} models ${status.replace('_', ' ')}; the rows of appendix 1 give ${counted} (status rules in province_models.status_text).`,
      detail_vi: `Công văn nêu ${stated} mô hình ${vi}; các dòng của Phụ lục 1 cho ${counted}.` });
  }
  const unclear = count('unclear') + count('not_started');
  if (unclear > 0) rows.push({ kind: 'summary_vs_rows', province_code: BINH_DINH, stated: null, counted: unclear, source,
    detail: `${count('not_started')} rows say not started without a central cause and ${count('unclear')} rows have no status note; the letter's three figures leave no room for them.`,
    detail_vi: `${count('not_started')} dòng ghi chưa triển khai (không do Trung ương) và ${count('unclear')} dòng không ghi tình trạng; ba con số của công văn không tính đến các dòng này.` });
  for (const g of report.groups) {
    const listed = report.rows.filter((r) => r.group === g.group).length;
    if (listed !== g.statedModels) rows.push({ kind: 'group_count', province_code: BINH_DINH, stated: g.statedModels, counted: listed, source,
      detail: `Appendix 1, group ${g.group} heading says ${g.statedModels} models; ${listed} rows are under it.`,
      detail_vi: `Phụ lục 1, tiêu đề nhóm ${g.group} ghi ${g.statedModels} mô hình; bên dưới có ${listed} dòng.` });
  }
  const refs = report.hanoi.filter((h) => h.refersTo2023 !== null);
  const distinct = new Set(refs.map((h) => h.refersTo2023)).size;
  if (distinct !== report.summary.hanoiOverlapping || refs.length !== report.summary.hanoiOverlapping) {
    rows.push({ kind: 'summary_vs_rows', province_code: BINH_DINH, stated: report.summary.hanoiOverlapping, counted: distinct, source,
      detail: `The letter says ${report.summary.hanoiOverlapping} Hà Nội models overlap its 42; appendix 2 refers to appendix-1 models ${refs.length} times but to ${distinct} distinct models.`,
      detail_vi: `Công văn nêu ${report.summary.hanoiOverlapping} mô hình của Hà Nội trùng với 42 mô hình; Phụ lục 2 dẫn chiếu ${refs.length} lần nhưng chỉ tới ${distinct} mô hình khác nhau.` });
  }
  return rows;
}

/** What discrepancies.csv is built from: the parsed reports and the coverage cells of 000. */
export interface DiscrepancySources {
  national: Report000;
  coverages: readonly ModelCoverage[];
  cells: readonly CoverageCell[];
  indicators: readonly IndicatorRow[];
  binhDinh: Report003;
  plan: readonly Plan004[];
}

/** discrepancies.csv */
export function discrepanciesTable({ national, coverages, cells, indicators, binhDinh, plan }: DiscrepancySources): Table {
  const rows = [
    ...nationalRows(national, coverages), ...binhDinhRows(binhDinh), ...unparsedDeadlineRows(plan),
    ...allProvincesRows(cells, indicators), ...binhDinhStatusRows(cells, binhDinh), ...hanoiRows(cells, binhDinh),
  ];
  return {
    columns: ['kind', 'model_no', 'province_code', 'stated', 'counted', 'detail', 'detail_vi', 'source', 'value', 'other_source', 'other_value'],
    rows,
  };
}
