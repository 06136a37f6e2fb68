/**
 * Ties are ties: provinces with as many models deployed share a rank on the wall, in the province
 * list and on the ranking chart. Expected places are counted here from coverage.csv and models.csv
 * (Arquero reads them), never by the app's ranking code.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const groupOf = new Map((loadTable('models.csv').objects() as { model_no: string; group: string }[]).map((m) => [m.model_no, m.group]));
const nameOf = new Map((loadTable('provinces.csv').objects() as { province_code: string; name_vi: string }[]).map((p) => [p.province_code, p.name_vi]));
const coverage = loadTable('coverage.csv').objects() as { model_no: string; province_code: string; status: string }[];

/** Models deployed per province within a group (all groups when null). */
function deployedBy(group: string | null): Map<string, number> {
  const out = new Map<string, number>([...nameOf.keys()].map((c) => [c, 0]));
  for (const c of coverage) {
    if (group !== null && groupOf.get(c.model_no) !== group) continue;
    if (c.status === 'deployed') out.set(c.province_code, (out.get(c.province_code) ?? 0) + 1);
  }
  return out;
}

/** The places within the first five ranks: rank = 1 + how many provinces have more. */
function leading(group: string | null): { rank: number; score: number; codes: string[] }[] {
  const counts = deployedBy(group);
  const scores = [...new Set(counts.values())].sort((a, b) => b - a);
  return scores
    .map((score) => ({
      score,
      rank: 1 + [...counts.values()].filter((n) => n > score).length,
      codes: [...counts].filter(([, n]) => n === score).map(([c]) => c),
    }))
    .filter((p) => p.rank <= 5);
}

async function openWall(page: Page, scene: string): Promise<void> {
  await page.goto(`#/wall?interval=3600&refresh=3600&scenes=${scene}`);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-scene]')).toHaveAttribute('data-scene', scene);
}

test('the wall group scene shows one shared place for the 27 provinces at 5/5 of group I, not five of them numbered 1–5', async ({ page }) => {
  const expected = leading('I');
  const models = [...groupOf.values()].filter((g) => g === 'I').length;
  expect(expected[0]?.codes.length).toBeGreaterThan(5);
  await openWall(page, 'group-I');
  const items = page.locator('[data-testid="wall-leading"] li');
  await expect(items).toHaveCount(expected.length);
  const first = items.first();
  await expect(first).toHaveAttribute('data-rank', '1');
  await expect(first).toHaveAttribute('data-count', String(expected[0]?.codes.length));
  await expect(first).toHaveText(`${expected[0]?.codes.length} tỉnh, thành phố cùng đạt ${models}/${models}`);
  // The list numbers its items by their shared rank, not by their position.
  expect(await first.evaluate((li) => (li as HTMLLIElement).value)).toBe(1);
});

for (const scene of ['national', 'group-II']) {
  test(`the wall's ${scene} scene: every place within the first five ranks, each province of a small tie named, a large tie counted`, async ({ page }) => {
    const group = scene === 'national' ? null : scene.slice('group-'.length);
    const expected = leading(group);
    await openWall(page, scene);
    const items = page.locator('[data-testid="wall-leading"] li');
    await expect(items).toHaveCount(expected.length);
    for (const [i, p] of expected.entries()) {
      const li = items.nth(i);
      await expect(li).toHaveAttribute('data-rank', String(p.rank));
      await expect(li).toHaveAttribute('data-count', String(p.codes.length));
      expect(await li.evaluate((el) => (el as HTMLLIElement).value)).toBe(p.rank);
      if (p.codes.length <= 3) for (const code of p.codes) await expect(li).toContainText(nameOf.get(code) ?? code);
      else await expect(li).toContainText(`${p.codes.length} tỉnh, thành phố`);
    }
  });
}

test('the province list gives every province its shared rank, the places a tie fills', async ({ page }) => {
  const counts = deployedBy(null);
  const rankText = (code: string): string => {
    const n = counts.get(code) ?? 0;
    const first = 1 + [...counts.values()].filter((x) => x > n).length;
    const last = first - 1 + [...counts.values()].filter((x) => x === n).length;
    return first === last ? String(first) : `${first}–${last}`;
  };
  await page.goto('#/province?sort=deployed');
  await waitForDashboardReady(page);
  for (const code of ['VN-31', 'VN-HN', 'VN-SG', 'VN-27']) {
    await expect(page.locator(`[data-testid="province-list"] tr[data-province="${code}"] [data-col="rank"]`)).toHaveText(rankText(code));
  }
});
