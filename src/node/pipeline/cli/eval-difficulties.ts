/**
 * `npm run eval:difficulties`: scores the difficulty classifier against the texts labelled by hand in
 * tests/fixtures/difficulties/evaluation.csv, on the tuning part, the held-out part and all.
 * `-- --errors` also lists the tuning part's mistakes with the phrases behind them; the held-out
 * part's mistakes are never listed, so the rules cannot be fitted to them. `-- --tuning` prints the
 * tuning part alone, for use while changing the rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import { DIFFICULTY_CATEGORIES } from '../../../domain/difficulty-categories.ts';
import { classifyDifficulty, classifyNature, explainDifficulty, explainNature } from '../difficulties/classify.ts';
import { formatScores, readEvaluationSet, score, type LabelledText, type Prediction } from '../difficulties/evaluate.ts';
import { ROOT } from '../paths.ts';

const FILE = 'tests/fixtures/difficulties/evaluation.csv';
const CATEGORIES: readonly string[] = DIFFICULTY_CATEGORIES.map((c) => c.id);

const csv = readFileSync(resolve(ROOT, FILE), 'utf8');
const header = csv.slice(0, csv.indexOf('\n')).split(',');
const table = aq.fromCSV(csv, { parse: Object.fromEntries(header.map((c) => [c, (v: string) => v ?? ''])) });
// Every cell is read as text (arquero leaves an empty one null, read here as '', as readEvaluationSet does).
const rows = Array.from({ length: table.numRows() }, (_, i) => Object.fromEntries(table.columnNames().map((c) => [c, String(table.get(c, i) ?? '')])));
const texts = readEvaluationSet(rows, CATEGORIES);
const predict = (t: LabelledText): Prediction => ({ categories: classifyDifficulty(t.text), nature: classifyNature(t.text) });

const report = (title: string, part: readonly LabelledText[]): string => formatScores(title, score(part, part.map(predict), CATEGORIES));
const tuning = texts.filter((t) => t.part === 'tuning');
const heldOut = texts.filter((t) => t.part === 'held_out');
console.log(`Difficulty classifier against ${FILE}\n`);
console.log(process.argv.includes('--tuning') ? report('tuning', tuning)
  : `${report('tuning', tuning)}\n\n${report('held out', heldOut)}\n\n${report('all', texts)}`);

const answer = (categories: readonly string[], nature: string): string =>
  `${[...categories].sort((x, y) => CATEGORIES.indexOf(x) - CATEGORIES.indexOf(y)).join(', ')}${nature === 'progress' ? ' (progress)' : ''}`;

if (process.argv.includes('--errors')) {
  console.log('\nMistakes on the tuning part (the held-out part is never listed):');
  for (const t of tuning) {
    const said = predict(t);
    const labelled = answer(t.categories, t.nature);
    if (answer(said.categories, said.nature) === labelled) continue;
    console.log(`\n${t.id} ${t.text}\n  labelled ${labelled}\n  said     ${answer(said.categories, said.nature)}`
      + `\n  because  ${JSON.stringify(explainDifficulty(t.text))}, nature ${JSON.stringify(explainNature(t.text))}`);
  }
}
