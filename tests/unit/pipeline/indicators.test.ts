import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../src/node/pipeline/text.ts';
import { buildIndicators, type IndicatorRow } from '../../../src/node/pipeline/report-002/indicators.ts';
import { INDICATOR_SPECS, type IndicatorSpec } from '../../../src/node/pipeline/report-002/indicators-spec.ts';

const SOURCE = '002_1c37787a67318719.txt';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const candidates = [`${root}data/sources/${SOURCE}`, `${root}../shared/seeds/${SOURCE}`];
const sourcePath = candidates.find((p) => existsSync(p));
if (sourcePath === undefined) throw new Error(`report 002 not found at ${candidates.join(' or ')}`);
const raw = readFileSync(sourcePath, 'utf8');
const text = flatten(raw);

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('buildIndicators on report 002', () => {
  const rows = buildIndicators(raw, SOURCE);
  const byId: Record<string, IndicatorRow> = Object.fromEntries(rows.map((r) => [r.indicator_id, r]));

  it('yields at least 25 rows with unique snake_case ids', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    const ids = rows.map((r) => r.indicator_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('covers every theme A–E', () => {
    expect([...new Set(rows.map((r) => r.theme))].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('reads the figures checked by hand against the report', () => {
    const expected: Record<string, number> = {
      driving_licence_renewal_applications: 350000,
      driving_licence_renewal_completion_rate: 88.57,
      exam_registrations_2024: 1071393,
      exam_registrations_online_share_2024: 96.11,
      linked_birth_registration_applications: 1052261,
      linked_death_registration_applications: 240772,
      cic_customer_records_cleaned: 43900000,
      cic_cleaning_fees: 67,
      telecom_subscriber_records_cleaned: 110200000,
      telecom_cleaning_fees: 164.4,
      accommodation_notices: 8778722,
      chip_id_cards_issued: 86300000,
      eid_applications_collected: 75700000,
      eid_accounts_activated: 55250000,
      eid_activation_rate: 72.98,
      vneid_accesses: 246300000,
      digital_signature_certificates_officials: 129447,
      cashless_social_payment_amount: 8280,
      models_deployed_in_all_provinces: 6,
      population_db_requests: 1600000000,
      population_db_savings: 600,
      civil_servant_records_synced: 2318994,
      districts_with_cadastral_db: 455,
      provinces_with_ioc_ready: 52,
    };
    for (const [id, value] of Object.entries(expected)) {
      expect(byId[id]?.value, id).toBe(value);
    }
  });

  it('keeps the as-of date stated in the sentence, else the report date', () => {
    expect(byId.driving_licence_renewal_applications?.as_of).toBe('2024-06-20');
    expect(byId.new_id_card_applications?.as_of).toBe('2024-07-09');
    expect(byId.chip_id_cards_issued?.as_of).toBe('2024-07-09');
  });

  it('gives every row a unit, a valid ISO date and the source name', () => {
    for (const r of rows) {
      expect(r.unit, r.indicator_id).not.toBe('');
      expect(r.unit_en, r.indicator_id).not.toBe('');
      expect(Number.isFinite(r.value), r.indicator_id).toBe(true);
      expect(new Date(`${r.as_of}T00:00:00Z`).toISOString().slice(0, 10), r.indicator_id).toBe(r.as_of);
      expect(r.source).toBe(SOURCE);
    }
  });
});

describe('INDICATOR_SPECS', () => {
  it('quotes a phrase found exactly once in the report, holding its value text exactly once', () => {
    for (const s of INDICATOR_SPECS) {
      expect(occurrences(text, s.quote), `${s.id} quote`).toBe(1);
      expect(occurrences(s.quote, s.valueText), `${s.id} valueText`).toBe(1);
    }
  });

  it('stores every string in NFC', () => {
    for (const s of INDICATOR_SPECS) {
      for (const v of Object.values(s)) expect(v, s.id).toBe(v.normalize('NFC'));
    }
  });

  it('uses "%" as the unit of every percentage', () => {
    for (const s of INDICATOR_SPECS) {
      if (s.quote.includes(`${s.valueText}%`)) expect(s.unit, s.id).toBe('%');
    }
  });
});

describe('buildIndicators errors', () => {
  const base: IndicatorSpec = {
    id: 'made_up_figure',
    theme: 'A',
    nameVi: 'Không có',
    nameEn: 'Missing',
    quote: 'đã tiếp nhận 999.999 hồ sơ không có thật',
    valueText: '999.999',
    unit: 'hồ sơ',
    unitEn: 'applications',
    asOf: '2024-07-09',
  };

  it('throws naming the indicator and the quote when the quote is not in the text', () => {
    expect(() => buildIndicators(raw, SOURCE, [base])).toThrow(
      /made_up_figure.*quote not found.*đã tiếp nhận 999\.999 hồ sơ không có thật/,
    );
  });

  it('throws when the value text is not in the quote', () => {
    const spec = { ...base, quote: 'Đã in trả 135.471 Căn cước', valueText: '135.472' };
    expect(() => buildIndicators(raw, SOURCE, [spec])).toThrow(/made_up_figure.*value text "135\.472"/);
  });

  it('throws when the value text is not a readable number', () => {
    const spec = { ...base, quote: '455/705 đơn vị cấp huyện', valueText: '455/705' };
    expect(() => buildIndicators(raw, SOURCE, [spec])).toThrow(/made_up_figure.*parseViNumber/);
  });

  it('matches a report stored in NFD', () => {
    const [row] = buildIndicators(raw.normalize('NFD'), SOURCE, [INDICATOR_SPECS[0] as IndicatorSpec]);
    expect(row?.value).toBe(350000);
  });
});
