/**
 * The numbers and ids of the rollout itself, once: the 44 models of 2024 in five groups, the 63
 * provinces they are counted over (before the merger of 1 July 2025) and the 34 units since.
 * Code outside `domain/` uses these names, never the numbers.
 */
import { MODEL_COUNT } from './crosswalk.ts';

/** The models of 2024 (numbered 1 to this). */
export const MODELS = MODEL_COUNT.y2024;

/** The provinces every model is counted over (before 1 July 2025); the length of PROVINCES (a test keeps them equal). */
export const PROVINCE_COUNT = 63;

/** The units of the 2025 merger; the length of UNITS_2025 (a test keeps them equal). */
export const UNIT_COUNT = 34;

/** The five groups of models, in the report's order. */
export const GROUPS = ['I', 'II', 'III', 'IV', 'V'] as const;

/** One group's id. */
export type GroupId = (typeof GROUPS)[number];

/** Whether a value is a group's id. */
export const isGroup = (g: string): g is GroupId => (GROUPS as readonly string[]).includes(g);

/** Whether a number is a model of 2024. */
export const isModelNo = (no: number): boolean => Number.isInteger(no) && no >= 1 && no <= MODELS;

/** The model numbers of 2024, in order. */
export const MODEL_NUMBERS: readonly number[] = Array.from({ length: MODELS }, (_, i) => i + 1);

/** The shapes a map can draw: the 63 provinces or the 34 units (the wall's and the report's `map` setting). */
export type MapShapes = typeof PROVINCE_COUNT | typeof UNIT_COUNT;
