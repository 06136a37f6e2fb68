/** Parser for report 003: Bình Định's report of 15 Nov 2024 (appendix 1: its 42 models; appendix 2: Hà Nội's 19). */
import { HANOI_TRACKS, type HanoiTrack } from '../../../domain/crosswalk.ts';

/** A row of appendix 1: one of Bình Định's models, in the 43-model numbering of 2023. */
export interface ProvinceRow003 {
  localNo: number;
  /** The number in the row's name ("Mô hình 33: …"), which follows the 2023 numbering. */
  no2023: number;
  group: string;
  nameVi: string;
  resultText: string;
  difficultyText: string;
  effectivenessText: string;
  fundingText: string;
  note: string;
}

/** A group heading of appendix 1 and the count it states. */
export interface GroupHeading003 {
  group: string;
  title: string;
  statedModels: number;
}

/** A row of appendix 2: one of the 19 Hà Nội models and Bình Định's registration of it. */
export interface HanoiRow003 {
  hanoiNo: number;
  nameVi: string;
  track: HanoiTrack;
  leadAgency: string;
  progress: string;
  resultText: string;
  note: string;
  /** The appendix-1 model the row refers to ("Kết quả triển khai Mô hình số 33 theo phụ lục 1"), 2023 numbering. */
  refersTo2023: number | null;
}

/** What the report's cover letter states about its own rows. */
export interface Summary003 {
  completed: number;
  inProgress: number;
  waiting: number;
  total: number;
  hanoiContinuing: number;
  hanoiOverlapping: number;
  hanoiLater: number;
  hanoiAdded: number;
}

/** The parsed report. */
export interface Report003 {
  rows: ProvinceRow003[];
  groups: GroupHeading003[];
  hanoi: HanoiRow003[];
  summary: Summary003;
}

const ROMAN = /^(I|II|III|IV|V)$/;

/** Cell text without the HTML list markup the extraction left in, bullets kept as "- ". */
export function cellText(cell: string): string {
  return cell
    .replace(/<li[^>]*>/g, ' ').replace(/<\/?(ul|p|li)[^>]*>/g, ' ')
    .replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

interface TableRow { key: string; cells: string[] }

/** The rows of a tab-separated table whose continuation rows (empty first cell) belong to the row above. */
function tableRows(section: string): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of section.split('\n')) {
    if (!line.includes('\t')) continue;
    const cells = line.split('\t').map(cellText);
    const key = cells[0] ?? '';
    if (key === 'STT') continue;
    const last = rows[rows.length - 1];
    if (key === '' && last) {
      cells.slice(1).forEach((c, i) => { if (c) last.cells[i + 1] = `${last.cells[i + 1] ?? ''} ${c}`.trim(); });
    } else {
      rows.push({ key, cells });
    }
  }
  return rows;
}

const need = (m: RegExpExecArray | null, what: string): RegExpExecArray => {
  if (!m) throw new Error(`report 003: cannot find ${what}`);
  return m;
};

/** Parses report 003. Throws when a row does not have the expected shape. */
export function parseReport003(raw: string): Report003 {
  const text = raw.normalize('NFC');
  const a1 = text.search(/^Phụ lục 1\*\*/m);
  const a2 = text.search(/^Phụ lục 2\*\*/m);
  if (a1 < 0 || a2 < a1) throw new Error('report 003: appendices 1 and 2 not found');
  const letter = text.slice(0, a1).replace(/\s+/g, ' ');

  const rows: ProvinceRow003[] = [];
  const groups: GroupHeading003[] = [];
  let group = '';
  for (const { key, cells } of tableRows(text.slice(a1, a2))) {
    if (ROMAN.test(key)) {
      group = key;
      const h = need(/^(.*?)\s*\((\d+) MÔ HÌNH\)$/.exec(cells[1] ?? ''), `the count in group heading ${key}`);
      groups.push({ group: key, title: h[1] ?? '', statedModels: Number(h[2]) });
      continue;
    }
    const name = need(/^Mô hình (\d+):\s*(.*)$/.exec(cells[1] ?? ''), `the model name in row ${key}`);
    rows.push({
      localNo: Number(key), no2023: Number(name[1]), group, nameVi: name[2] ?? '',
      resultText: cells[2] ?? '', difficultyText: cells[3] ?? '', effectivenessText: cells[4] ?? '',
      fundingText: cells[5] ?? '', note: cells[6] ?? '',
    });
  }

  const hanoi: HanoiRow003[] = [];
  let section = -1;
  for (const { key, cells } of tableRows(text.slice(a2))) {
    if (ROMAN.test(key)) { section++; continue; }
    const name = need(/^Mô hình số (\d+):\s*(.*?)\.?$/.exec(cells[1] ?? ''), `the Hà Nội model name in row ${key}`);
    const result = cells[4] ?? '';
    const ref = /Mô hình số (\d+) theo phụ lục 1/.exec(result);
    hanoi.push({
      hanoiNo: Number(name[1]), nameVi: name[2] ?? '', track: HANOI_TRACKS[section] ?? 'later',
      leadAgency: cells[2] ?? '', progress: cells[3] ?? '', resultText: result, note: cells[5] ?? '',
      refersTo2023: ref ? Number(ref[1]) : null,
    });
  }

  const done = need(/hoàn thành (\d+)\/(\d+) mô hình/.exec(letter), 'the completed count');
  const summary: Summary003 = {
    completed: Number(done[1]),
    total: Number(done[2]),
    inProgress: Number(need(/triển khai (\d+) mô hình, còn/.exec(letter), 'the in-progress count')[1]),
    waiting: Number(need(/còn (\d+) mô hình đang chờ hướng dẫn/.exec(letter), 'the waiting count')[1]),
    hanoiContinuing: Number(need(/Có (\d+) mô hình đã và đang tiếp tục/.exec(letter), 'the continuing count')[1]),
    hanoiOverlapping: Number(need(/Có (\d+) mô hình trùng với danh mục/.exec(letter), 'the overlap count')[1]),
    hanoiLater: Number(need(/\+ (\d+) mô hình tiếp tục nghiên cứu/.exec(letter), 'the later count')[1]),
    hanoiAdded: Number(need(/Đăng ký bổ sung (\d+) mô hình/.exec(letter), 'the added count')[1]),
  };
  return { rows, groups, hanoi, summary };
}
