/**
 * Screenshots of the upload for people to look at (`npm run screenshots`): the data view with a
 * preview of a coverage change, and with a list of problems, at wall size and phone width, in both
 * languages. Files go to test-results/screens/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, openData, utf8 } from './upload-helpers.ts';

const SIZES = [['wall', 1920, 1080], ['phone', 390, 844]] as const;

// Coverage with four provinces of model 13 changed, as a user's file with names for codes.
function changedCoverage(): Uint8Array {
  const text = readFileSync(resolve(import.meta.dirname, '../../data/coverage.csv'), 'utf8');
  const flips = (loadTable('coverage.csv').objects() as Record<string, string>[]).filter((r) => r.model_no === '13' && r.status !== 'deployed').slice(0, 4);
  let out = text;
  for (const r of flips) out = out.replace(`13,${r.province_code},${r.status},`, `13,${r.province_code},deployed,`);
  return utf8(out);
}

const problems = `model_no,province_code,status\n45,VN-31,deployed\n13,Bình Địnhh,maybe\nmười,VN-26,deployed\n13,VN-67,\n13,Atlantis,deployed\n`;

for (const [size, width, height] of SIZES) {
  for (const lang of ['vi', 'en'] as const) {
    test(`@screens upload preview ${size} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openData(page, lang);
      await choose(page, 'bao-cao-quy-2025.csv', changedCoverage());
      const preview = page.locator('[data-testid="upload-preview"]');
      await expect(page.locator('[data-testid="coverage-change-map"] path[data-province]')).toHaveCount(63, { timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.locator('[data-testid="upload-panel"]').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `test-results/screens/upload-preview-${size}-${lang}.png` });
      await preview.locator('[data-testid="coverage-changes"]').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `test-results/screens/upload-preview-${size}-${lang}-2.png` });
    });

    test(`@screens upload problems ${size} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openData(page, lang);
      await choose(page, 'theo-doi.csv', utf8(problems));
      await expect(page.locator('[role="alert"][data-testid="upload-problems"]')).toBeVisible({ timeout: 30_000 });
      await page.locator('[data-testid="upload-panel"]').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `test-results/screens/upload-problems-${size}-${lang}.png` });
    });
  }
}
