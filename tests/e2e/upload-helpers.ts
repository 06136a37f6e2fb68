/** Shared steps of the upload tests: open the data view, choose a file, read what the screen shows. */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, waitForDashboardReady } from './fixtures.ts';

/** Opens the data view (in English with `en`) and waits for its tables. */
export async function openData(page: Page, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await page.goto(lang === 'en' ? '#/data?lang=en' : '#/data');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="dataset-table"]')).toBeVisible();
}

/** Chooses a file in the upload input, from bytes or from a path on disk. */
export async function choose(page: Page, name: string, content: Uint8Array | string): Promise<void> {
  const input = page.locator('[data-testid="upload-input"]');
  if (typeof content === 'string') await input.setInputFiles(content);
  else await input.setInputFiles({ name, mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer: Buffer.from(content) });
}

/** The row count shown for every table of the data view, by table name. */
export async function shownRowCounts(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-testid="dataset-table"] tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [
    r.getAttribute('data-table') ?? '', r.querySelector('[data-testid="table-row-count"]')?.textContent ?? '',
  ])));
}

/** The status of every province on the coverage map on screen, by province code. */
export async function mapStatuses(page: Page): Promise<Record<string, string>> {
  // Not the upload preview's map of changes, which may still be on screen while the route changes.
  await expect(page.locator('[data-testid="upload-panel"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="province-map"] path[data-province]')).toHaveCount(63, { timeout: 20_000 });
  return page.locator('[data-testid="province-map"] path[data-province]').evaluateAll((paths) => Object.fromEntries(paths.map((p) => [
    p.getAttribute('data-province') ?? '', p.getAttribute('data-status') ?? '',
  ])));
}

/** The SHA-256 of bytes, as the upload lists it. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
