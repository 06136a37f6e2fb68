/** Parser for report 004: Bình Định's decision approving its 42 models, with lead agency and deadline. */
import { nonEmptyLines } from '../text.ts';
import { SPLIT_ROWS_004 } from './split-rows.ts';

/** One row of the decision's list. */
export interface Plan004 {
  localNo: number;
  /** The row as one line of text: name, objective, lead agency, partners, deadline. */
  rowText: string;
  leadAgency: string;
  partners: string;
  deadline: string;
  /** Whether a page break scrambled the row, so its cells were read by hand (see split-rows.ts). */
  readByHand: boolean;
}

const PAGE_HEADER = /STT Mô hình Mục tiêu, yêu cầu\s+Cơ quan\s+chủ trì\s+Cơ quan\s+phối hợp\s+Thời gian\s+hoàn thành/g;
const PAGE_BREAK = '<page break>';
const ROW_START = /^(\d{2})(?:\s+(.*))?$/;

// The deadline cell closes every row; these are the forms the decision uses.
const DEADLINE = /(Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an|(?:Trong năm \d{4}|Quý [IV]+\/\d{4}|Năm \d{4})(?: và những năm tiếp theo)?|Thực hiện thường xuyên)\s*\.?$/;

const DEPARTMENTS = ['Y tế', 'Tư pháp', 'Du lịch', 'Thông tin và Truyền thông', 'Thông tin và truyền thông',
  'Lao động - Thương binh và Xã hội', 'Lao động – Thương binh và Xã hội', 'Giao thông vận tải', 'Tài Nguyên và Môi trường',
  'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo', 'Giáo dục và đào tạo', 'Kế hoạch và Đầu tư', 'Công Thương', 'Nội vụ',
  'Xây dựng', 'Tài chính', 'Khoa học và Công nghệ', 'Nông nghiệp và Phát triển nông thôn'];
// Agencies that lead models in this decision; a lead cell is one or more, separated by commas.
const AGENCY = `(?:Công an tỉnh|Văn phòng Ủy ban nhân dân tỉnh|Sở (?:${DEPARTMENTS.join('|')})|Cục Thống kê tỉnh|Các sở, ngành theo lĩnh vực|Ban Quản lý Khu kinh tế tỉnh|Ngân hàng Nhà nước)`;
// The lead cell follows the objective, which ends with a full stop or with the last word of its sentence.
const LEAD_THEN_PARTNERS = new RegExp(`(?:^|\\s)(${AGENCY}\\.?(?:, ${AGENCY})*)\\s+(?=\\p{Lu})(.*)$`, 'u');

/** Parses the list of 42 models of report 004. Throws when a row lacks a lead agency or a deadline. */
export function parseReport004(raw: string): Plan004[] {
  const text = raw.normalize('NFC').replace(PAGE_HEADER, `\n${PAGE_BREAK}\n`);
  const lines = nonEmptyLines(text.slice(text.indexOf('DANH MỤC'))).map((l) => l.trim());
  const rows: { localNo: number; lines: string[] }[] = [];
  lines.forEach((line, i) => {
    const m = ROW_START.exec(line);
    const pageNumber = /^\d{1,2}$/.test(line) && lines[i + 1] === PAGE_BREAK;
    if (m && Number(m[1]) === rows.length + 1) rows.push({ localNo: Number(m[1]), lines: m[2] ? [m[2]] : [] });
    else if (!pageNumber) rows[rows.length - 1]?.lines.push(line);
  });
  if (rows.length !== 42) throw new Error(`report 004: expected 42 rows, found ${rows.length}`);
  return rows.map(({ localNo, lines: rowLines }) => readRow(localNo, rowLines));
}

function readRow(localNo: number, rowLines: readonly string[]): Plan004 {
  const joined = rowLines.join(' ').replace(/\s+/g, ' ').trim();
  const split = joined.replace(new RegExp(`\\s*${PAGE_BREAK}\\s*$`), '').includes(PAGE_BREAK);
  const rowText = joined.replaceAll(PAGE_BREAK, ' ').replace(/\s+/g, ' ').trim();
  const byHand = SPLIT_ROWS_004[localNo];
  if (split !== Boolean(byHand)) {
    throw new Error(`report 004, row ${localNo}: ${split ? 'split by a page break but not read by hand' : 'read by hand but not split'}`);
  }
  if (byHand) {
    for (const word of `${byHand.leadAgency} ${byHand.partners} ${byHand.deadline}`.split(/[\s,.]+/).filter(Boolean)) {
      if (!rowText.includes(word)) throw new Error(`report 004, row ${localNo}: "${word}" is not in the row`);
    }
    return { localNo, rowText, ...byHand, readByHand: true };
  }
  const deadline = DEADLINE.exec(rowText);
  if (!deadline) throw new Error(`report 004, row ${localNo}: no deadline at the end of "${rowText.slice(-80)}"`);
  const beforeDeadline = rowText.slice(0, deadline.index).trim();
  const lead = LEAD_THEN_PARTNERS.exec(beforeDeadline);
  if (!lead) throw new Error(`report 004, row ${localNo}: no lead agency in "${beforeDeadline.slice(-120)}"`);
  return {
    localNo,
    rowText,
    leadAgency: (lead[1] ?? '').replace(/\.$/, '').trim(),
    partners: (lead[2] ?? '').trim(),
    deadline: (deadline[1] ?? '').trim(),
    readByHand: false,
  };
}
