/**
 * The national key figures, one definition for the overview and the wall's national scene: how
 * many model × province cells are deployed and unknown, the mean per province, and how many models
 * every province has deployed.
 */
import type { CoverageByModelRow } from '../data/queries/overview.ts';
import { PROVINCE_COUNT } from '../domain/rollout.ts';

/** The key figures of the models shown. */
export interface NationalFigures {
  /** Model × province cells in all (models shown × provinces). */
  cells: number;
  /** Cells with the model deployed. */
  deployedCells: number;
  /** Cells whose status the sources leave unknown. */
  unknownCells: number;
  /** Deployed cells per province (0 without provinces). */
  perProvince: number;
  /** Models deployed in every province. */
  inAllProvinces: number;
}

/** The key figures of `models` over `provinces` provinces (the provinces of the map). */
export function nationalFigures(models: readonly CoverageByModelRow[], provinces: number): NationalFigures {
  const deployedCells = models.reduce((s, r) => s + r.deployed, 0);
  return {
    cells: models.length * PROVINCE_COUNT,
    deployedCells,
    unknownCells: models.reduce((s, r) => s + r.unknown, 0),
    perProvince: provinces > 0 ? deployedCells / provinces : 0,
    inAllProvinces: models.filter((r) => r.deployed === PROVINCE_COUNT).length,
  };
}
