/**
 * Models as a reader meets them: named with reasons in the picker and on situation pages,
 * each linking to its row in the catalogue, and the catalogue filtered without JavaScript.
 * Rules over whatever the content holds, never today's list of models.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Every model link in a list, with the row it points to in the catalogue. */
async function expectRowsFor(page: Page, links: string[]) {
  for (const href of links) {
    expect(href).toMatch(/^\/models\/#[a-z0-9-]+$/);
    await page.goto(href);
    const id = href.split('#')[1] ?? '';
    await expect(page.locator(`tr[id="${id}"] th[scope="row"]`)).toBeVisible();
  }
}

test('the picker names models with their reasons, each linking to its row in the catalogue', async ({
  page,
}) => {
  await page.goto('/picker/');
  const result = page.getByTestId('picker-result');
  await page
    .getByRole('group', { name: 'Where will you use them most?' })
    .getByRole('radio', { name: 'At the gym' })
    .check();
  await expect(result).toHaveAttribute('data-design', 'closed');
  const items = result.locator('[data-slot="models"] > li');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(4);
  for (const text of await items.allTextContents()) expect(text).toMatch(/^.+: \S/);
  const links = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await expectRowsFor(page, links);
});

test('a situation page lists at least three models, each with reasons and sources, linked to the catalogue', async ({
  page,
}) => {
  await page.goto('/for/');
  const situation = await page
    .locator('main a[href^="/for/"]:not([href="/for/"])')
    .first()
    .getAttribute('href');
  await page.goto(situation ?? '/for/');
  const items = page.locator('[data-models] > li');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  for (const item of await items.all())
    await expect(item.locator('a[rel="external"], cite').first()).toBeAttached();
  const links = await page
    .locator('[data-models] > li > a[href^="/models/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await expectRowsFor(page, links);
});

test.describe('without JavaScript', () => {
  test.beforeEach(({ scriptsOff }) => scriptsOff());

  test('each filter of the catalogue shows only models it names, from a plain link', async ({ page }) => {
    await page.goto('/models/');
    const all = await page.locator('tbody tr').count();
    const filters = page.getByRole('navigation', { name: 'Filter the models' }).locator('a');
    const targets = await filters.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent ?? '' })),
    );
    expect(targets.length).toBeGreaterThan(1);
    for (const { href, label } of targets.filter((t) => t.href !== '/models/')) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(label.toLowerCase());
      const rows = await page.locator('tbody tr').count();
      expect(rows).toBeLessThanOrEqual(all);
      // A design filter keeps only rows of that design.
      if (/^(Closed-back|Semi-open|Open-back)$/.test(label))
        for (const cell of await page.locator('td[data-label="Design"]').allTextContents())
          expect(cell.startsWith(label)).toBe(true);
      if (label === 'Noise cancelling')
        for (const cell of await page.locator('td[data-label="Noise cancelling"]').allTextContents())
          expect(cell.startsWith('Yes')).toBe(true);
    }
  });
});
