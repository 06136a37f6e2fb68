/**
 * Screenshots of every view at wall size and at phone width, in both languages, for people to
 * look at (`npm run screenshots`; not part of `npm test`). Files go to test-results/screens/.
 */
import { expect, test, waitForDashboardReady } from './fixtures.ts';

const VIEWS = [
  ['overview', '#/'], ['models', '#/model'], ['model-13', '#/model/13'], ['model-7', '#/model/7'], ['provinces', '#/province'],
  ['province-binh-dinh', '#/province/VN-31'], ['province-ha-noi', '#/province/VN-HN'], ['difficulties', '#/difficulties'],
  ['quality', '#/quality'], ['data', '#/data'],
] as const;
const SIZES = [['wall', 1920, 1080], ['phone', 390, 844]] as const;

for (const [name, hash] of VIEWS) {
  for (const [size, width, height] of SIZES) {
    for (const lang of ['vi', 'en'] as const) {
      test(`@screens ${name} ${size} ${lang}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(lang === 'en' ? `${hash}${hash.includes('?') ? '&' : '?'}lang=en` : hash);
        await waitForDashboardReady(page);
        await page.waitForTimeout(800);  // let charts finish their entry animation
        await expect(page.locator('main')).toBeVisible();
        // Page by page, as a person scrolling sees it (a full-page capture would stretch vh-sized boxes).
        const pages = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / window.innerHeight));
        for (let i = 0; i < Math.min(pages, 5); i++) {
          await page.evaluate((y) => window.scrollTo(0, y), i * height);
          await page.waitForTimeout(200);
          await page.screenshot({ path: `test-results/screens/${name}-${size}-${lang}${i ? `-${i + 1}` : ''}.png` });
        }
      });
    }
  }
}

// The wall at full HD and 4K, one scene of each kind (held still with a long interval).
for (const scene of ['national', 'group-II', 'model-13', 'ranking', 'difficulties', 'indicators', 'province']) {
  for (const [size, width, height] of [['fhd', 1920, 1080], ['4k', 3840, 2160]] as const) {
    test(`@screens wall ${scene} ${size}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`#/wall?interval=3600&refresh=3600&scenes=${scene}${scene === 'province' ? '&province=VN-31' : ''}`);
      await waitForDashboardReady(page);
      await expect(page.locator('[data-scene] .wall-title')).toBeVisible();
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `test-results/screens/wall-${scene}-${size}.png` });
    });
  }
}
