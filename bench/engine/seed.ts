/**
 * DuckDB beside Arquero at seed scale: the overview's question "models deployed per province
 * within groups" on the committed tables, asked of the app's own database.
 * The only place the bench page uses the app's data API (the coordinator).
 */
import * as aq from 'arquero';
import { coordinator } from '../../src/data/browser-data.ts';
import { modelsByProvinceSql } from '../../src/data/queries/overview.ts';
import { time } from './clock.ts';

const text = async (url: string): Promise<string> => (await fetch(url)).text();

let tables: { coverage: aq.ColumnTable; models: aq.ColumnTable } | undefined;

/** The app's database ready (boot and every table), ms. */
export const seedReady = (): Promise<number> => time(() => coordinator.start());

/** The question in both engines, `runs` times each, ms. */
export async function seedQueries(runs: number): Promise<{ duck: number[]; arquero: number[] }> {
  await coordinator.start();
  tables ??= { coverage: aq.fromCSV(await text('data/coverage.csv')), models: aq.fromCSV(await text('data/models.csv')) };
  const { coverage, models } = tables;
  const groups = [['I', 'II'], ['III'], ['IV', 'V'], []];
  const duck: number[] = [];
  const arquero: number[] = [];
  for (let i = 0; i < runs; i++) {
    const g = groups[i % groups.length] ?? [];
    duck.push(await time(() => coordinator.query(`${modelsByProvinceSql(g)} -- run ${i}`)));
    // Expressions as text: Arquero parses them, and bundling renames what a function's source would say.
    arquero.push(await time(() => coverage.join(models.select('model_no', 'group'), 'model_no')
      .params({ g }).filter(g.length ? '(d, $) => op.includes($.g, d.group)' : '() => true')
      .derive({ dep: "d => d.status === 'deployed' ? 1 : 0" })
      .groupby('province_code')
      .rollup({ deployed: 'd => op.sum(d.dep)', models: 'd => op.count()' })
      .orderby(aq.desc('deployed')).objects()));
  }
  return { duck, arquero };
}
