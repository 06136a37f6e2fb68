/** Builds the national indicator table (data/indicators.csv) from the text of report 002. */

import { parseViNumber } from '../../../domain/vi-number.ts';
import { flatten } from '../text.ts';
import { INDICATOR_SPECS, type IndicatorSpec } from './indicators-spec.ts';
import { asError } from '../../../lib/errors.ts';

/** One row of data/indicators.csv. */
export interface IndicatorRow {
  indicator_id: string;
  theme: IndicatorSpec['theme'];
  name_vi: string;
  name_en: string;
  value: number;
  unit: string;
  unit_en: string;
  as_of: string;
  source: string;
  quote: string;
}

/** Reads every spec's figure from the raw report text; throws if a quote or its value text is not found. */
export function buildIndicators(
  raw: string,
  source: string,
  specs: readonly IndicatorSpec[] = INDICATOR_SPECS,
): IndicatorRow[] {
  const text = flatten(raw);
  return specs.map((spec) => {
    const quote = spec.quote.normalize('NFC');
    const valueText = spec.valueText.normalize('NFC');
    if (!text.includes(quote)) {
      throw new Error(`indicator ${spec.id}: quote not found in ${source}: "${quote}"`);
    }
    if (!quote.includes(valueText)) {
      throw new Error(`indicator ${spec.id}: value text "${valueText}" not found in its quote "${quote}"`);
    }
    let value: number;
    try {
      value = parseViNumber(valueText);
    } catch (err) {
      throw new Error(`indicator ${spec.id}: ${asError(err).message}`, { cause: err });
    }
    return {
      indicator_id: spec.id,
      theme: spec.theme,
      name_vi: spec.nameVi.normalize('NFC'),
      name_en: spec.nameEn,
      value,
      unit: spec.unit.normalize('NFC'),
      unit_en: spec.unitEn,
      as_of: spec.asOf,
      source,
      quote,
    };
  });
}
