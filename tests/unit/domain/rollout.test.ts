import { describe, expect, it } from 'vitest';
import { PROVINCES, UNITS_2025 } from '../../../src/domain/provinces.ts';
import { GROUPS, isGroup, isModelNo, MODEL_NUMBERS, MODELS, PROVINCE_COUNT, UNIT_COUNT } from '../../../src/domain/rollout.ts';
import { loadTable } from '../helpers.ts';

describe('the rollout’s numbers', () => {
  it('are those of the tables: 44 models in five groups, 63 provinces, 34 units', () => {
    const models = loadTable('models.csv').objects() as { model_no: string; group: string }[];
    expect(MODELS).toBe(models.length);
    expect(MODEL_NUMBERS).toEqual(models.map((m) => Number(m.model_no)));
    expect([...new Set(models.map((m) => m.group))]).toEqual([...GROUPS]);
    expect(PROVINCE_COUNT).toBe(PROVINCES.length);
    expect(PROVINCE_COUNT).toBe(loadTable('provinces.csv').numRows());
    expect(UNIT_COUNT).toBe(UNITS_2025.length);
  });
  it('tell a model number and a group id', () => {
    expect([0, 1, 44, 45, 1.5].map(isModelNo)).toEqual([false, true, true, false, false]);
    expect(['I', 'V', 'VI', 'i'].map(isGroup)).toEqual([true, true, false, false]);
  });
});
