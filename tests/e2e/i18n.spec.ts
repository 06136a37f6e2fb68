import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, waitForDashboardReady } from './fixtures.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const ROUTES = ['#/wall?interval=3600&refresh=3600&scenes=national,model-13,indicators', '#/', '#/model', '#/model/13', '#/model/33', '#/province', '#/province/VN-31', '#/province/VN-HN', '#/difficulties', '#/quality', '#/data'];

/** Every Vietnamese UI string (text messages and label tables) that differs from its English counterpart. */
async function vietnameseUiStrings(): Promise<string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)([\w-]*messages|common)\.ts$/.test(f));
  const out = new Set<string>();
  for (const file of files) {
    const mod = await import(pathToFileURL(join(SRC, file)).href) as Record<string, unknown>;
    for (const set of Object.values(mod)) {
      if (!set || typeof set !== 'object' || !('vi' in set) || !('en' in set)) continue;
      const { vi, en } = set as { vi: Record<string, unknown>; en: Record<string, unknown> };
      for (const [key, v] of Object.entries(vi)) {
        const e = en[key];
        if (typeof v === 'string' && v !== e && v.length >= 4) out.add(v);
        if (v && typeof v === 'object') {
          for (const [k, text] of Object.entries(v as Record<string, string>)) {
            if (text !== (e as Record<string, string> | undefined)?.[k] && text.length >= 4) out.add(text);
          }
        }
      }
    }
  }
  return [...out];
}

test('?lang=en shows no Vietnamese UI string on any view (source text, marked lang="vi", aside)', async ({ page }) => {
  const strings = await vietnameseUiStrings();
  expect(strings.length).toBeGreaterThan(100);
  for (const hash of ROUTES) {
    await page.goto(`${hash}${hash.includes('?') ? '&' : '?'}lang=en`);
    await waitForDashboardReady(page);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForTimeout(300);
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const el of clone.querySelectorAll('[lang="vi"], script, style')) el.remove();
      const svgText = [...clone.querySelectorAll('svg text')].map((t) => t.textContent).join('\n');
      return `${clone.innerText}\n${svgText}\n${[...clone.querySelectorAll('[aria-label],[title]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`).join('\n')}`;
    });
    const found = strings.filter((s) => text.includes(s));
    expect(found, `Vietnamese UI text on ${hash}`).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('Vietnamese is the default, and the switch keeps the view', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toContainText('Mô hình 13');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page).toHaveURL(/#\/model\/13\?lang=en$/);
  await expect(page.locator('h1')).toContainText('Model 13');
});

test('parameters before the hash mean the same and are moved into it', async ({ page }) => {
  await page.goto('?lang=en#/model/13');
  await waitForDashboardReady(page);
  await expect(page.locator('h1')).toContainText('Model 13');
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/#\/model\/13\?lang=en$/);
});
