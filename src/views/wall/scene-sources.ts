/** Where each wall scene's figures come from: the question that gives the sources and dates of exactly what it shows. */
import { coverageCitedSql, difficultiesCitedSql, indicatorsCitedSql, provinceReportCitedSql, type CitedRow } from '../../data/queries/provenance.ts';
import type { SourceRow } from '../../data/queries/catalogue.ts';
import { modelChunkName, provinceChunkName } from '../../data/queries/snapshot-chunks.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { WALL_INDICATORS, type Scene } from './wall-config.ts';

/** The question of a scene's sources. */
export function sceneCitedSql(scene: Scene): string {
  switch (scene.kind) {
    case 'national': return coverageCitedSql({ group: scene.group });
    case 'model': return coverageCitedSql({ model: scene.no });
    case 'ranking': case 'province': case 'changes': return coverageCitedSql();
    case 'difficulties': return difficultiesCitedSql();
    case 'indicators': return indicatorsCitedSql(WALL_INDICATORS);
    case 'late': return provinceReportCitedSql(scene.code);
  }
}

/** A scene's sources as people name them (short names; an uploaded file as such), and the ISO dates of its figures. */
export function sceneSources(cited: readonly CitedRow[], catalogue: readonly SourceRow[], lang: Lang, uploaded: (file: string) => string): { names: string[]; files: string[]; dates: string[] } {
  const files = [...new Set(cited.map((c) => c.source))].sort();
  const names = files.map((f) => {
    const row = catalogue.find((r) => r.source === f);
    return row ? (lang === 'en' ? row.shortEn : row.shortVi) : uploaded(f);
  });
  const dates = [...new Set(cited.map((c) => c.asOf ?? catalogue.find((r) => r.source === c.source)?.asOf).filter((d): d is string => Boolean(d)))].sort();
  return { names, files, dates };
}

/** The chunks of answers ahead of the engine a scene draws from (the wall's own, a model's, a province's). */
export function sceneChunks(scene: Scene): string[] {
  if (scene.kind === 'model') return ['wall', modelChunkName(scene.no)];
  if (scene.kind === 'province' || scene.kind === 'late') return ['wall', 'provinces', provinceChunkName(scene.code)];
  return ['wall'];
}
