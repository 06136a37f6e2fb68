/**
 * A phone's screen (390 × 844): the header takes at most a quarter of it and no page is wider than
 * it, on every route of product.md in both languages; the views fold behind a Menu button that
 * keyboards and screen readers can use; the model and province lists read as cards.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const PHONE = { width: 390, height: 844 };
const ROUTES = [
  '#/', '#/model', '#/model/13', '#/model/2', '#/province', '#/province/VN-31', '#/province/VN-HN', '#/difficulties', '#/quality', '#/data',
  '#/wall?interval=3600&refresh=3600', '#/brief/model/13', '#/brief/province/VN-31', '#/no-such-view',
];

async function open(page: Page, hash: string, lang: 'vi' | 'en'): Promise<void> {
  await page.goto(lang === 'en' ? `${hash}${hash.includes('?') ? '&' : '?'}lang=en` : hash);
  await waitForDashboardReady(page);
  await expect(page.locator('h1').first()).toBeVisible();
}

test.use({ viewport: PHONE });

for (const lang of ['vi', 'en'] as const) {
  test(`at 390 × 844 (${lang}) the header is at most a quarter of the screen and no route is wider than the screen`, async ({ page }) => {
    test.setTimeout(240_000);
    for (const hash of ROUTES) {
      await open(page, hash, lang);
      await page.waitForTimeout(300);  // charts and maps laid out
      const header = page.locator('header.app-header');
      if (await header.count()) expect((await header.boundingBox())?.height, `${hash} header`).toBeLessThanOrEqual(PHONE.height / 4);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${hash} is wider than the screen`).toBeLessThanOrEqual(PHONE.width);
    }
  });
}

test('the Menu button opens and closes the views, by pointer and by keyboard, and says whether it is open', async ({ page }) => {
  await open(page, '#/model/13', 'vi');
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link')).toHaveCount(0);  // hidden links are out of the tab order too
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link')).toHaveCount(6);
  await expect(nav.getByRole('link', { name: 'Mô hình' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  // Keyboard only: Enter opens, Tab reaches the first view, the focus is visible, Enter follows it and the menu closes.
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const first = nav.getByRole('link', { name: 'Tổng quan' });
  await expect(first).toBeFocused();
  expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  // A tap outside the header closes it too.
  await menu.click();
  await page.locator('main').click({ position: { x: 10, y: 300 } });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('on a wide screen the views are a row of links and there is no Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, '#/', 'en');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveCount(6);
});

for (const [hash, testId, file] of [['#/model', 'model-list', 'models.csv'], ['#/province', 'province-list', 'provinces.csv']] as const) {
  test(`${hash} reads as cards on a phone: each name on one line with its figures on screen`, async ({ page }) => {
    await open(page, hash, 'vi');
    const rows = page.locator(`[data-testid="${testId}"] tbody tr`);
    await expect(rows).toHaveCount(loadTable(file).numRows());
    for (const i of [0, 7, 20]) {
      const row = rows.nth(i);
      const box = await row.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `row ${i} within the screen`).toBe(true);
      for (const cell of await row.locator('td').all()) {
        const b = await cell.boundingBox();
        if (b) expect(b.x + b.width, `a cell of row ${i} runs off the screen`).toBeLessThanOrEqual(PHONE.width);
      }
      // The name is one line of words, not a column of one word per line.
      const name = row.locator('td.card-title a');
      const lines = await name.evaluate((a) => Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight || '20')));
      expect(lines, `row ${i}'s name`).toBeLessThanOrEqual(3);
    }
  });
}
