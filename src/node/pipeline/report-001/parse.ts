/** Parser for report 001: the 2023 reference for deploying the 43 models (numbering of 2023). */
import { nonEmptyLines } from '../text.ts';

/** One implementation step of a 2023 model ("Bước 2: …"). */
export interface Step001 {
  no2023: number;
  stepNo: number;
  text: string;
}

/** A model as report 001 names it. */
export interface Model001 {
  no2023: number;
  nameVi: string;
  steps: Step001[];
}

const MODEL_HEADER = /^(\d+) Mô hình (\d+):\s*(.*)$/;
const STEP = /^-?\s*Bước (\d+):\s*(.*)$/;
// The steps column is the widest of the table: its lines run to about 75 characters, other
// columns' to about 35. A step goes on to the next line only if that line is as wide, or if
// the step's own line was full.
const WIDE = 45;
// Lines that open a cell of the cost or note columns, printed beside a step's last line.
const OTHER_COLUMN = /^(-\s*(Có|Mất|Mua|Đầu tư)|Miễn phí|Mất kinh phí|C06 hỗ trợ|hoặc nhiều điểm|Thực hiện ngay)/;
const FULL = 60;

/** Parses report 001's table into models and their steps. Throws if the 43 models are not all there. */
export function parseReport001(raw: string): Model001[] {
  const lines = nonEmptyLines(raw).map((l) => l.trim());
  const models: { no2023: number; lines: string[] }[] = [];
  for (const line of lines) {
    const m = MODEL_HEADER.exec(line);
    if (m && Number(m[1]) === models.length + 1 && m[1] === m[2]) models.push({ no2023: Number(m[2]), lines: [line] });
    else models[models.length - 1]?.lines.push(line);
  }
  if (models.length !== 43) throw new Error(`report 001: expected 43 models, found ${models.length}`);
  return models.map(({ no2023, lines: block }) => ({ no2023, nameVi: nameOf(block), steps: stepsOf(no2023, block) }));
}

/** The model's name: the header line and its continuation up to the first line of another cell. */
function nameOf(block: readonly string[]): string {
  const first = MODEL_HEADER.exec(block[0] ?? '')?.[3] ?? '';
  const parts = [first];
  for (const line of block.slice(1)) {
    if (/^(Hiệu quả|Tổ chức thực hiện|Theo |Đề án 06|Đ\/c|Bước|-)/.test(line)) break;
    parts.push(line);
  }
  return parts.join(' ').replace(/\s+/g, ' ').replace(/\s*\.$/, '').trim();
}

function stepsOf(no2023: number, block: readonly string[]): Step001[] {
  const steps: Step001[] = [];
  let open: { step: Step001; last: string } | undefined;
  for (const line of block.slice(1)) {
    const m = STEP.exec(line);
    if (m) {
      open = { step: { no2023, stepNo: Number(m[1]), text: m[2] ?? '' }, last: line };
      steps.push(open.step);
    } else if (open && (line.length >= WIDE || open.last.length >= FULL) && !OTHER_COLUMN.test(line)) {
      open.step.text = `${open.step.text} ${line}`;
      open.last = line;
    } else {
      open = undefined;
    }
  }
  return steps.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }));
}
