/**
 * The one place where the numbering systems of the sources meet:
 * - 2024 (report 000, 44 models) — the project's `model_no`;
 * - 2023 (report 001, 43 models): 2024 inserted "cashless parking fees" as model 23 and
 *   shifted the rest by one;
 * - Bình Định (reports 003 and 004, 42 models): the 2023 list without model 2 (kiosks);
 * - Hà Nội (report 003, appendix 2, 19 models): its own numbers.
 */

/** Number of models in each numbering. */
export const MODEL_COUNT = { y2024: 44, y2023: 43, binhDinh: 42, hanoi: 19 } as const;

/** The 2024 model that has no 2023 counterpart. */
export const NEW_IN_2024 = 23;

/** The 2023 model Bình Định left out of its list. */
export const LEFT_OUT_BY_BINH_DINH_2023 = 2;

const inRange = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max;

/** 2024 number → 2023 number (null for model 23, new in 2024). */
export function model2023Of(no2024: number): number | null {
  if (!inRange(no2024, MODEL_COUNT.y2024)) throw new RangeError(`no model ${no2024} in the 2024 numbering`);
  if (no2024 === NEW_IN_2024) return null;
  return no2024 < NEW_IN_2024 ? no2024 : no2024 - 1;
}

/** 2023 number → 2024 number. */
export function model2024Of2023(no2023: number): number {
  if (!inRange(no2023, MODEL_COUNT.y2023)) throw new RangeError(`no model ${no2023} in the 2023 numbering`);
  return no2023 < NEW_IN_2024 ? no2023 : no2023 + 1;
}

/** Bình Định's local number (1–42) → 2023 number. */
export function model2023OfBinhDinh(localNo: number): number {
  if (!inRange(localNo, MODEL_COUNT.binhDinh)) throw new RangeError(`no model ${localNo} in Bình Định's list`);
  return localNo < LEFT_OUT_BY_BINH_DINH_2023 ? localNo : localNo + 1;
}

/** Bình Định's local number (1–42) → 2024 number. */
export const model2024OfBinhDinh = (localNo: number): number => model2024Of2023(model2023OfBinhDinh(localNo));

/** How a Hà Nội model can be matched to one of the 44: by the report's reference, or as the same service. */
export const HANOI_MATCH_BASES = ['report_reference', 'same_service'] as const;

/** How a Hà Nội model was matched to one of the 44. */
export type HanoiMatchBasis = (typeof HANOI_MATCH_BASES)[number];

/** How a province registers a Hà Nội model (report 003, appendix 2), in the appendix's order of sections. */
export const HANOI_TRACKS = ['added', 'continuing', 'later'] as const;

/** One registration track of a Hà Nội model. */
export type HanoiTrack = (typeof HANOI_TRACKS)[number];

/**
 * Hà Nội models the report does not refer to a numbered model but that are the same service as
 * one of the 44: Hà Nội's cashless parking (its model 4) is the pilot 2024's model 23 generalised
 * (report 002 describes it as "thu phí không dùng tiền mặt tại các điểm đỗ xe … Thành phố").
 */
export const HANOI_SAME_SERVICE: Readonly<Record<number, number>> = { 4: 23 };

/**
 * Hà Nội number → 2024 number, from the reference report 003 gives ("Mô hình số N theo phụ
 * lục 1", 2023 numbering), or from `HANOI_SAME_SERVICE`; null when it matches none of the 44.
 */
export function model2024OfHanoi(hanoiNo: number, refersTo2023: number | null): { modelNo: number; basis: HanoiMatchBasis } | null {
  if (!inRange(hanoiNo, MODEL_COUNT.hanoi)) throw new RangeError(`no model ${hanoiNo} in Hà Nội's list`);
  if (refersTo2023 !== null) return { modelNo: model2024Of2023(refersTo2023), basis: 'report_reference' };
  const same = HANOI_SAME_SERVICE[hanoiNo];
  return same === undefined ? null : { modelNo: same, basis: 'same_service' };
}
