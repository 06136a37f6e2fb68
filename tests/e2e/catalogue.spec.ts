import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

// Expected values come from the committed CSVs, counted by Arquero independently of the app.
const csvRows = (file: string): number => loadTable(file).numRows();

test('the model list shows the 44 models of data/models.csv', async ({ page }) => {
  await page.goto('#/model');
  await waitForDashboardReady(page);
  const rows = page.locator('[data-testid="model-list"] tbody tr');
  await expect(rows).toHaveCount(csvRows('models.csv'));
  await expect(rows.first()).toContainText('Triển khai 53 dịch vụ công thiết yếu');
});

test('the province list shows the 63 provinces of data/provinces.csv, in English with ?lang=en', async ({ page }) => {
  await page.goto('?lang=en#/province');
  await waitForDashboardReady(page);
  const rows = page.locator('[data-testid="province-list"] tbody tr');
  await expect(rows).toHaveCount(csvRows('provinces.csv'));
  await expect(page.locator('[data-testid="province-list"]')).toContainText('Ho Chi Minh City');
  await expect(page).toHaveURL(/#\/province\?lang=en$/);
});
