/** The generated comparisons: accessible tables, phone layout, text for every picture. */
import { expect, test } from '@playwright/test';

test('the comparison table announces its caption, column headers and row headers', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.locator('[data-comparison-table] table').first();
  await expect(table.locator('caption')).toContainText(/rated from 1/);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Attribute',
    'Closed-back',
    'Semi-open',
    'Open-back',
  ]);
  await expect(table.getByRole('rowheader')).toHaveCount(8);
  await expect(table.getByRole('rowheader').first()).toHaveText('Noise isolation');
});

test('every rating meter has its score in text beside it', async ({ page }) => {
  await page.goto('/compare/');
  const cells = page.locator('[data-comparison-table] td');
  const count = await cells.count();
  expect(count).toBe(24);
  for (let i = 0; i < count; i++)
    await expect(cells.nth(i)).toContainText(/[1-5] of 5, (Poor|Mediocre|Decent|Good|Great)/);
});

for (const path of ['/', '/compare/', '/compare/closed-vs-open/', '/picker/']) {
  test(`${path} does not scroll sideways on a 375px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('every cup diagram says in words what it shows', async ({ page }) => {
  await page.goto('/compare/');
  const diagrams = page.locator('figure svg[role="img"]');
  expect(await diagrams.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    const svg = diagrams.nth(i);
    const name = await svg.evaluate((el) => {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(name.length).toBeGreaterThan(40);
  }
});

test('the ratings chart has the same numbers as a table', async ({ page }) => {
  await page.goto('/compare/');
  const figure = page
    .locator('figure', { has: page.locator('svg[aria-hidden="true"]') })
    .filter({ hasText: /out of 5/i });
  await expect(figure.locator('table')).toHaveCount(1);
  await expect(figure.locator('table th[scope="row"]')).toHaveCount(8);
});

test('the scenario matrix gives every situation a verdict for each design', async ({ page }) => {
  await page.goto('/compare/');
  const rows = page.locator('[data-scenario-matrix] tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  const verdicts = await page
    .locator('[data-scenario-matrix] td')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-verdict')));
  expect(verdicts.every((v) => v === 'best' || v === 'fine' || v === 'avoid')).toBe(true);
  // At least one best per row; an exact tie has two.
  for (let i = 0; i < (await rows.count()); i++) {
    expect(await rows.nth(i).locator('td[data-verdict="best"]').count()).toBeGreaterThanOrEqual(1);
  }
});

test('printed on A4, the tables and diagrams fit the page width', async ({ page }) => {
  // A4 at 96 dpi with 15 mm margins is about 680 px of printable width.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/compare/');
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('table, figure svg')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  expect(overflowing).toEqual([]);
  // Dark tokens are for screens only: printed text stays dark on white.
  const ink = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(ink).toBe('rgb(29, 32, 38)');
});
