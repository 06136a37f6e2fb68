/** Every view names itself in the browser's title (tabs, bookmarks, history), in both languages. */
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const ROUTES = ['#/', '#/?groups=II', '#/model', '#/model/13', '#/model/17', '#/province', '#/province/VN-31', '#/province/VN-HN',
  '#/difficulties', '#/quality', '#/data', '#/wall?interval=3600&refresh=3600', '#/brief/model/13', '#/brief/province/VN-31', '#/no-such-view'];
const APP = { vi: 'Đề án 06', en: 'Project 06' };

const model = (no: number) => loadTable('models.csv').objects().find((r) => (r as { model_no: string }).model_no === String(no)) as Record<string, string>;
const province = (code: string) => loadTable('provinces.csv').objects().find((r) => (r as { province_code: string }).province_code === code) as Record<string, string>;

for (const lang of ['vi', 'en'] as const) {
  test(`each view has a title of its own, ending with the dashboard's name (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const titles = new Map<string, string>();
    for (const hash of ROUTES) {
      await page.goto(lang === 'en' ? `${hash}${hash.includes('?') ? '&' : '?'}lang=en` : hash);
      await waitForDashboardReady(page);
      await expect(page.locator('h1').first()).toBeVisible();
      // Wait until the view has named itself (it does once its data are in).
      await expect.poll(() => page.title()).toMatch(new RegExp(`.+ · ${APP[lang]}$`));
      titles.set(hash, await page.title());
    }
    expect(new Set(titles.values()).size, [...titles].join('\n')).toBe(ROUTES.length);
    const m13 = model(13);
    expect(titles.get('#/model/13')).toContain(lang === 'en' ? `Model 13: ${m13.name_en}` : `Mô hình 13: ${m13.name_vi}`);
    expect(titles.get('#/brief/model/13')).toContain(lang === 'en' ? m13.name_en : m13.name_vi);
    for (const code of ['VN-31', 'VN-HN']) expect(titles.get(`#/province/${code}`)).toContain(province(code)[lang === 'en' ? 'name_en' : 'name_vi']);
    expect(titles.get('#/?groups=II')).toContain(lang === 'en' ? 'Group II' : 'Nhóm II');
  });
}

test('the title follows the view and the language without a reload', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await expect.poll(() => page.title()).toContain(`Mô hình 13: ${model(13).name_vi}`);
  await page.locator('[data-testid="model-select"]').selectOption('17');
  await expect.poll(() => page.title()).toContain(`Mô hình 17: ${model(17).name_vi}`);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect.poll(() => page.title()).toBe(`Model 17: ${model(17).name_en} · Project 06`);
});
