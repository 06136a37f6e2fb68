/** The whole pipeline: source texts in data/sources/ → the tables of data/. */
import type { Table } from './csv.ts';
import { aliasesTable, provincesTable, sourcesTable, stepsTable, unitsTable } from './datasets/reference.ts';
import { coverageCells, coverageTable, groupsTable, modelCoverage, modelsTable } from './datasets/models-coverage.ts';
import { difficultiesTable } from './datasets/difficulties.ts';
import { discrepanciesTable } from './datasets/discrepancies.ts';
import { hanoiModelsTable, provinceModelsTable } from './datasets/binh-dinh.ts';
import { parseReport000 } from './report-000/parse.ts';
import { parseReport001 } from './report-001/parse.ts';
import { buildIndicators } from './report-002/indicators.ts';
import { parseReport003 } from './report-003/parse.ts';
import { parseReport004 } from './report-004/parse.ts';
import { SOURCE } from './sources.ts';

/** Every table of data/, by file name, from a reader of the (redacted) source texts. */
export function buildDatasets(read: (file: string) => string): Record<string, Table> {
  const national = parseReport000(read(SOURCE.national2024));
  const coverages = national.models.map(modelCoverage);
  const binhDinh = parseReport003(read(SOURCE.binhDinhReport));
  const plan = parseReport004(read(SOURCE.binhDinhDecision));
  const indicators = buildIndicators(read(SOURCE.progress2024), SOURCE.progress2024);
  const cells = coverageCells(coverages);
  return {
    'sources.csv': sourcesTable(),
    'provinces.csv': provincesTable(),
    'province_aliases.csv': aliasesTable(coverages),
    'units_2025.csv': unitsTable(),
    'model_groups.csv': groupsTable(national),
    'models.csv': modelsTable(coverages),
    'coverage.csv': coverageTable(cells),
    'difficulties.csv': difficultiesTable(national, binhDinh),
    'indicators.csv': {
      columns: ['indicator_id', 'theme', 'name_vi', 'name_en', 'value', 'unit', 'unit_en', 'as_of', 'source', 'quote'],
      rows: indicators.map((r) => ({ ...r })),
    },
    'province_models.csv': provinceModelsTable(binhDinh, plan),
    'hanoi_models.csv': hanoiModelsTable(binhDinh.hanoi),
    'model_steps.csv': stepsTable(parseReport001(read(SOURCE.reference2023))),
    'discrepancies.csv': discrepanciesTable({ national, coverages, cells, indicators, binhDinh, plan }),
  };
}
