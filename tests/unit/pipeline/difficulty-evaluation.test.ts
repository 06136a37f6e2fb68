import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_CATEGORIES } from '../../../src/domain/difficulty-categories.ts';
import { partOf, readEvaluationSet, score, type LabelledText } from '../../../src/node/pipeline/difficulties/evaluate.ts';
import { loadTable, readText } from '../helpers.ts';

const CATEGORIES = DIFFICULTY_CATEGORIES.map((c) => c.id);
const text = (categories: string[], nature: LabelledText['nature'] = 'difficulty'): LabelledText =>
  ({ id: 'x', source: 's', part: 'tuning', nature, categories, text: 't', note: '' });

describe('scoring the classifier', () => {
  // Three texts worked by hand: a: legal hit, finance missed; b: legal wrongly given; c: other hit.
  const gold = [text(['legal', 'finance']), text(['data']), text(['other'], 'progress')];
  const said = [{ categories: ['legal'], nature: 'difficulty' as const }, { categories: ['legal', 'data'], nature: 'progress' as const },
    { categories: ['other'], nature: 'progress' as const }];
  const s = score(gold, said, ['legal', 'finance', 'data', 'other', 'security']);

  it('counts each category against the labels', () => {
    const legal = s.perCategory.find((c) => c.category === 'legal');
    expect(legal).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0, support: 1, predicted: 2, precision: 0.5, recall: 1 });
    expect(legal?.f1).toBeCloseTo(2 / 3);
    expect(s.perCategory.find((c) => c.category === 'finance')).toMatchObject({ precision: null, recall: 0, f1: null });
  });

  it('pools every decision for the micro average and leaves unseen categories out of the macro', () => {
    // tp 3 (legal, data, other), fp 1 (legal on b), fn 1 (finance on a).
    expect(s.micro.precision).toBeCloseTo(3 / 4);
    expect(s.micro.recall).toBeCloseTo(3 / 4);
    expect(s.micro.f1).toBeCloseTo(3 / 4);
    // legal 2/3, finance 0, data 1, other 1; security neither labelled nor given.
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0 + 1 + 1) / 4);
    expect(s.labels).toBe(4);
  });

  it('scores progress rows as the positive class', () => {
    expect(s.progress).toEqual({ support: 1, predicted: 2, precision: 0.5, recall: 1 });
  });
});

describe('the evaluation set', () => {
  const csv = readText('tests/fixtures/difficulties/evaluation.csv');
  const columns = csv.slice(0, csv.indexOf('\n')).split(',');
  const rows = aq.fromCSV(csv, { parse: Object.fromEntries(columns.map((c) => [c, (v: string) => v ?? ''])) }).objects() as Record<string, string>[];
  const set = readEvaluationSet(rows, CATEGORIES);

  it('holds at least 90 texts, about a third held out by the hash of the text', () => {
    expect(set.length).toBeGreaterThanOrEqual(90);
    const held = set.filter((t) => t.part === 'held_out').length;
    expect(held / set.length).toBeGreaterThan(0.25);
    expect(held / set.length).toBeLessThan(0.45);
    for (const t of set) expect(t.part).toBe(partOf(t.text));
  });

  it('has every difficulty text of difficulties.csv, word for word, under its id', () => {
    const data = loadTable('difficulties.csv').objects() as Record<string, string>[];
    const byId = new Map(data.map((r) => [r.difficulty_id, r.text]));
    expect(new Set(set.map((t) => t.id))).toEqual(new Set(byId.keys()));
    for (const t of set) expect(t.text).toBe(byId.get(t.id));
  });

  it('marks progress only in the province report', () => {
    for (const t of set.filter((x) => x.nature === 'progress')) expect(t.source).toMatch(/^003_/);
  });

  it('refuses a row whose part is not the one its text belongs to, naming row and column', () => {
    const row = { id: 'a', source: 's', part: partOf('abc') === 'tuning' ? 'held_out' : 'tuning', nature: 'difficulty', categories: 'legal', text: 'abc', note: '' };
    expect(() => readEvaluationSet([row], CATEGORIES)).toThrow(/row 2, column part/);
    expect(() => readEvaluationSet([{ ...row, part: partOf('abc'), categories: 'legal;laws' }], CATEGORIES)).toThrow(/column categories/);
  });
});
