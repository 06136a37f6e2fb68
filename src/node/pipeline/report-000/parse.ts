/** Parser for report 000: the national assessment of the 44 pilot models (mid-2024). */
import { ANCHORS_000, SHARED_CELL_000, type CellAnchors } from './anchors.ts';
import { provincesNamedIn, readProvinceList, type NamedProvince } from './province-list.ts';
import { GROUPS, PROVINCE_COUNT, type GroupId } from '../../../domain/rollout.ts';

/** The five groups of models, as report 000 numbers them. */
export { GROUPS } from '../../../domain/rollout.ts';
export type Group = GroupId;

/** Everything report 000 says about one model. */
export interface Model000 {
  no: number;
  group: Group;
  nameVi: string;
  resultText: string;
  /** The count the result cell states ("40/63 địa phương" → 40); null when it states none. */
  statedCount: number | null;
  /** The province list as written (repeats kept); null when the model has none. */
  list: NamedProvince[] | null;
  /** Provinces the result text names as having deployed or piloted the model. */
  namedInText: NamedProvince[];
  difficultyText: string;
  effectivenessText: string;
  fundingText: string;
  replicationText: string;
  replicationCount: number | null;
}

/** A group heading of report 000 and the number of models it says the group has. */
export interface GroupHeading000 {
  group: Group;
  title: string;
  statedModels: number;
}

/** The parsed report. */
export interface Report000 {
  models: Model000[];
  groups: GroupHeading000[];
}

// The table header the extraction repeats on every page.
const PAGE_HEADER = /(Kết quả chung Địa phương triển khai\s*)?Kết quả triển khai\s*STT Mô hình Khó khăn[\s\S]*?bước như thế nào/g;
const MODEL_HEADER = /^Mô hình (\d+):\s*(.*)$/;
const ROMAN = /^(I|II|III|IV|V)(\s+NHÓM\b.*)?$/;
const GROUP_HEADING = /^(?:(?:I|II|III|IV|V)\s+)?(NHÓM .*?)\s*\((\d+) MÔ HÌNH\)$/;
/** A count of provinces as the report writes it: "40 địa phương" or "40/63 địa phương". */
const COUNT = String.raw`(\d+)(?:\/${PROVINCE_COUNT})?\s+địa phương`;
const COUNT_LINE = new RegExp(`^${COUNT}`);
const STATED_COUNT = new RegExp(String.raw`(?<![\d.,])${COUNT}`);
const FUNDING_START = /^(Miễn phí|Mất phí|Mất kinh phí|Mua sắm|Đầu tư mua sắm)/;

const join = (lines: readonly string[]): string => lines.join(' ').replace(/\s+/g, ' ').trim();

// The extraction ends a wrapped line with a space and a paragraph's last line without one.
const PARAGRAPH_END = '\u2029';

/** Lines joined into paragraphs (separated by a line break), each paragraph's words on one line. */
const paragraphs = (lines: readonly string[]): string =>
  lines.join(' ').split(PARAGRAPH_END).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

/** Parses the text of report 000. Throws when an expected cell cannot be found. */
export function parseReport000(raw: string): Report000 {
  const lines = raw.normalize('NFC').replace(PAGE_HEADER, '\n').split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => (/\s$/.test(l) ? l.trim() : `${l.trim()}${PARAGRAPH_END}`));
  const groups: GroupHeading000[] = [];
  const blocks: { no: number; group: Group; lines: string[] }[] = [];
  let group: Group = 'I';
  for (const marked of lines) {
    const line = marked.replace(PARAGRAPH_END, '');
    const heading = GROUP_HEADING.exec(line);
    if (heading) {
      groups.push({ group: GROUPS[groups.length] ?? 'V', title: heading[1] ?? '', statedModels: Number(heading[2]) });
    }
    const roman = ROMAN.exec(line);
    if (roman) { group = roman[1] as Group; continue; }
    if (heading || /^PHỤ LỤC/.test(line) || /^\d+$/.test(line)) continue;
    const header = MODEL_HEADER.exec(line);
    if (header) blocks.push({ no: Number(header[1]), group, lines: [header[2] ?? ''] });
    else blocks[blocks.length - 1]?.lines.push(marked);
  }
  blocks.forEach((b, i) => {
    if (b.no !== i + 1) throw new Error(`report 000: expected model ${i + 1}, found model ${b.no}`);
  });
  const shared = sharedCell(blocks);
  const models = blocks.map((b) => parseModel(b.no, b.group, b.lines, shared));
  return { models, groups };
}

/** The lines of a model's block from the line opening with `anchor`, or -1. */
function lineOf(lines: readonly string[], anchor: string | undefined, from: number): number {
  if (!anchor) return -1;
  return lines.findIndex((l, i) => i >= from && l.startsWith(anchor));
}

function required(no: number, what: string, index: number): number {
  if (index < 0) throw new Error(`report 000, model ${no}: cannot find the ${what} cell`);
  return index;
}

interface SharedCell { difficulty: string; effectiveness: string }

function sharedCell(blocks: readonly { no: number; lines: string[] }[]): SharedCell {
  const block = blocks.find((b) => b.no === SHARED_CELL_000.printedAfter[0]);
  if (!block) throw new Error('report 000: the block holding the merged cell of group V is missing');
  const clean = block.lines.map((l) => l.replace(PARAGRAPH_END, ''));
  const d = required(block.no, 'merged difficulty', lineOf(clean, SHARED_CELL_000.difficulty, 1));
  const e = required(block.no, 'merged effectiveness', lineOf(clean, SHARED_CELL_000.effectiveness, d));
  return { difficulty: paragraphs(block.lines.slice(d, e)), effectiveness: paragraphs(block.lines.slice(e)) };
}

function parseModel(no: number, group: Group, marked: string[], shared: SharedCell): Model000 {
  const anchors: CellAnchors = ANCHORS_000[no] ?? {};
  const block = marked.map((l) => l.replace(PARAGRAPH_END, ''));
  const printsShared = (SHARED_CELL_000.printedAfter as readonly number[]).includes(no);
  const sharedStart = printsShared ? required(no, 'merged', lineOf(block, SHARED_CELL_000.difficulty, 1)) : block.length;
  const body = block.slice(0, sharedStart);

  const resultLine = required(no, 'result', anchors.result
    ? lineOf(body, anchors.result, 1)
    : body.findIndex((l, i) => i >= 1 && COUNT_LINE.test(l)));

  const { repLine, repEnd } = replicationCell(body, resultLine);
  const fundLine = required(no, 'funding', fundingStart(body, repLine ?? body.length, resultLine));
  const diffLine = lineOf(body, anchors.difficulty, resultLine + 1);
  const effLine = lineOf(body, anchors.effectiveness, Math.max(diffLine, resultLine + 1));
  if (anchors.difficulty) required(no, 'difficulty', diffLine);
  if (anchors.effectiveness) required(no, 'effectiveness', effLine);
  const firstCell = Math.min(...[diffLine, effLine, fundLine].filter((i) => i >= 0));

  let list: ReturnType<typeof readProvinceList>;
  for (let i = resultLine + 1; i < firstCell && !list; i++) list = readProvinceList(body, i, firstCell);
  const listStart = list ? firstCell - (firstCell - body.findIndex((l, i) => i > resultLine && readProvinceList(body, i, firstCell))) : firstCell;
  const resultText = join(body.slice(resultLine, listStart));
  const listed = list?.names ?? null;
  const inText = provincesNamedIn(resultText).filter((p) => !listed?.some((l) => l.code === p.code));

  const stated = STATED_COUNT.exec(resultText);
  const repText = repLine === undefined ? '' : join(body.slice(repLine, repEnd));
  const ownDifficulty = diffLine >= 0 ? paragraphs(marked.slice(diffLine, effLine >= 0 ? effLine : fundLine)) : '';
  const ownEffect = effLine >= 0 ? paragraphs(marked.slice(effLine, fundLine)) : '';
  const inShared = (SHARED_CELL_000.models as readonly number[]).includes(no);
  return {
    no,
    group,
    nameVi: join(body.slice(0, resultLine)),
    resultText,
    statedCount: stated ? Number(stated[1]) : null,
    list: listed,
    namedInText: inText,
    difficultyText: inShared ? [ownDifficulty, shared.difficulty].filter(Boolean).join('\n') : ownDifficulty,
    effectivenessText: inShared ? [ownEffect, shared.effectiveness].filter(Boolean).join('\n') : ownEffect,
    fundingText: join(body.slice(fundLine, repLine ?? body.length)),
    replicationText: repText,
    replicationCount: repText ? Number(COUNT_LINE.exec(repText)?.[1]) : null,
  };
}

/** The replication cell ("29/63 địa phương … đề xuất nhân rộng"): the last count line after the result. */
function replicationCell(body: readonly string[], resultLine: number): { repLine?: number; repEnd: number } {
  for (let i = body.length - 1; i > resultLine; i--) {
    if (!COUNT_LINE.test(body[i] ?? '')) continue;
    const tail = body.slice(i, i + 4).join(' ');
    if (!/nhân\s+rộng/.test(tail)) continue;
    let end = i + 1;
    while (end < body.length && (body[end] ?? '').length <= 24) end++;
    return { repLine: i, repEnd: end };
  }
  return { repEnd: body.length };
}

/** The funding cell: among the short lines just before `end`, the earliest that opens with a funding phrase. */
function fundingStart(body: readonly string[], end: number, resultLine: number): number {
  let start = -1;
  for (let i = end - 1; i > resultLine && (body[i] ?? '').length <= 17; i--) {
    if (FUNDING_START.test(body[i] ?? '')) start = i;
  }
  return start;
}
