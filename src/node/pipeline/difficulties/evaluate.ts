/**
 * Scoring the difficulty classifier against texts labelled by hand (tests/fixtures/difficulties/):
 * precision, recall and F1 per category, their micro and macro averages, and how well progress
 * rows are told from difficulties. Pure functions; the command is `npm run eval:difficulties`.
 */
import { createHash } from 'node:crypto';

/** Which part of the evaluation set a text is in: tuned on, or never looked at while tuning. */
export type EvalPart = 'tuning' | 'held_out';

/** Whether a text states a difficulty or reports progress (Bình Định's report mixes both). */
export type Nature = 'difficulty' | 'progress';

/** A text of the evaluation set with the labels a reader gave it. */
export interface LabelledText {
  id: string;
  source: string;
  part: EvalPart;
  nature: Nature;
  categories: readonly string[];
  text: string;
  note: string;
}

/** What the classifier said about a labelled text. */
export interface Prediction {
  categories: readonly string[];
  nature: Nature;
}

/** One category's counts and scores; a score is null where its denominator is 0. */
export interface CategoryScore {
  category: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Texts labelled with the category. */
  support: number;
  /** Texts the classifier gave the category. */
  predicted: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Scores over one set of texts. */
export interface Scores {
  texts: number;
  labels: number;
  perCategory: CategoryScore[];
  micro: { precision: number | null; recall: number | null; f1: number | null };
  /** Mean F1 over the categories that are labelled or predicted at least once. */
  macroF1: number | null;
  /** Progress rows told from difficulties: `progress` is the positive class. */
  progress: { support: number; predicted: number; precision: number | null; recall: number | null };
}

/**
 * The part a text belongs to, fixed by its text alone (a third held out): the first 32 bits of
 * the SHA-256 of its NFC text, held out when divisible by 3. A text repeated under several models
 * lands in one part; nobody chooses, so nobody can move a text after seeing a score.
 */
export function partOf(text: string): EvalPart {
  const hash = createHash('sha256').update(text.normalize('NFC'), 'utf8').digest();
  return hash.readUInt32BE(0) % 3 === 0 ? 'held_out' : 'tuning';
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const harmonic = (p: number | null, r: number | null): number | null =>
  p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);

/** Scores the predictions (same order as the texts) over the given categories. */
export function score(texts: readonly LabelledText[], predictions: readonly Prediction[], categories: readonly string[]): Scores {
  if (texts.length !== predictions.length) throw new Error('one prediction per text');
  const perCategory = categories.map((category): CategoryScore => {
    let tp = 0, fp = 0, fn = 0;
    texts.forEach((t, i) => {
      const gold = t.categories.includes(category);
      const said = predictions[i]?.categories.includes(category) ?? false;
      if (gold && said) tp++;
      else if (said) fp++;
      else if (gold) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      category, truePositives: tp, falsePositives: fp, falseNegatives: fn, support: tp + fn, predicted: tp + fp,
      precision, recall, f1: harmonic(precision, recall),
    };
  });
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives'): number => perCategory.reduce((n, c) => n + c[k], 0);
  const tp = sum('truePositives');
  const microP = ratio(tp, tp + sum('falsePositives'));
  const microR = ratio(tp, tp + sum('falseNegatives'));
  const seen = perCategory.filter((c) => c.support + c.predicted > 0).map((c) => c.f1 ?? 0);
  const isProgress = texts.map((t) => t.nature === 'progress');
  const saysProgress = predictions.map((p) => p.nature === 'progress');
  const hits = isProgress.filter((g, i) => g && saysProgress[i]).length;
  const support = isProgress.filter(Boolean).length;
  const predicted = saysProgress.filter(Boolean).length;
  return {
    texts: texts.length,
    labels: texts.reduce((n, t) => n + t.categories.length, 0),
    perCategory,
    micro: { precision: microP, recall: microR, f1: harmonic(microP, microR) },
    macroF1: seen.length ? seen.reduce((a, b) => a + b, 0) / seen.length : null,
    progress: { support, predicted, precision: ratio(hits, predicted), recall: ratio(hits, support) },
  };
}

const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/** Scores as a plain-text table, one line per category then the averages. */
export function formatScores(title: string, s: Scores): string {
  const pad = (v: string | number, n: number): string => String(v).padStart(n);
  const lines = [
    `${title}: ${s.texts} texts, ${s.labels} labels`,
    `  ${'category'.padEnd(16)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 6)}${pad('support', 9)}${pad('predicted', 11)}`,
    ...s.perCategory.map((c) =>
      `  ${c.category.padEnd(16)}${pad(fixed(c.precision), 10)}${pad(fixed(c.recall), 8)}${pad(fixed(c.f1), 6)}${pad(c.support, 9)}${pad(c.predicted, 11)}`),
    `  ${'micro'.padEnd(16)}${pad(fixed(s.micro.precision), 10)}${pad(fixed(s.micro.recall), 8)}${pad(fixed(s.micro.f1), 6)}`,
    `  ${'macro F1'.padEnd(16)}${pad('', 18)}${pad(fixed(s.macroF1), 6)}`,
    `  progress rows: ${s.progress.support} labelled, ${s.progress.predicted} marked, precision ${fixed(s.progress.precision)}, recall ${fixed(s.progress.recall)}`,
  ];
  return lines.join('\n');
}

const PARTS: readonly string[] = ['tuning', 'held_out'];
const NATURES: readonly string[] = ['difficulty', 'progress'];

/**
 * Reads the evaluation set's CSV rows (every cell as text), checking each: a known part that is
 * the one `partOf` gives its text, a known nature, categories among `known` joined by ";".
 * Throws naming the row and column of the first problem.
 */
export function readEvaluationSet(rows: readonly Record<string, string>[], known: readonly string[]): LabelledText[] {
  return rows.map((r, i) => {
    const where = `evaluation set, row ${i + 2}`;
    const text = (r.text ?? '').normalize('NFC');
    const part = r.part ?? '';
    const nature = r.nature ?? '';
    const categories = (r.categories ?? '').split(';').map((c) => c.trim()).filter(Boolean);
    if (!r.id || !text) throw new Error(`${where}: id and text are required`);
    if (!PARTS.includes(part)) throw new Error(`${where}, column part: "${part}" is not one of ${PARTS.join(', ')}`);
    if (part !== partOf(text)) throw new Error(`${where}, column part: "${part}", but its text belongs to ${partOf(text)}`);
    if (!NATURES.includes(nature)) throw new Error(`${where}, column nature: "${nature}" is not one of ${NATURES.join(', ')}`);
    const unknown = categories.find((c) => !known.includes(c));
    if (categories.length === 0 || unknown) throw new Error(`${where}, column categories: "${r.categories ?? ''}" is not a list of ${known.join(', ')}`);
    return { id: r.id, source: r.source ?? '', part: part as EvalPart, nature: nature as Nature, categories, text, note: r.note ?? '' };
  });
}
