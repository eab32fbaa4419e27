/** The article and the design pages, as a reader uses them. */
import { expect, test } from '@playwright/test';
import { DESIGN_IDS } from '../src/vocabulary';

test('every table-of-contents link scrolls to a section that exists', async ({ page }) => {
  await page.goto('/guide/');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  }
});

test('on a wide screen the contents mark the section being read, and only that one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/guide/');
  const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  const count = await links.count();
  for (const index of [count - 2, 1]) {
    const link = links.nth(index);
    const target = (await link.getAttribute('href'))!;
    await page.locator(target).evaluate((section) => section.scrollIntoView());
    await expect(link).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('.toc-list a[aria-current]')).toHaveCount(1);
  }
});

test('the first screen on a phone answers the question', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  const lead = page.locator('main p').first();
  await expect(lead).toBeInViewport();
  await expect(lead).toContainText(/closed/i);
  await expect(lead).toContainText(/open/i);
});

for (const design of DESIGN_IDS) {
  test(`the ${design} design page shows its pros, its cons and example models`, async ({ page }) => {
    await page.goto(`/designs/${design}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const pros = page.locator(`[data-pros-cons="${design}"] [data-kind="pro"] li`);
    const cons = page.locator(`[data-pros-cons="${design}"] [data-kind="con"] li`);
    expect(await pros.count()).toBeGreaterThanOrEqual(3);
    expect(await cons.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-model]').count()).toBeGreaterThanOrEqual(2);
  });
}

test('the glossary gives every term an anchor that links resolve to', async ({ page }) => {
  await page.goto('/glossary/');
  const terms = page.locator('dl > div[id]');
  expect(await terms.count()).toBeGreaterThanOrEqual(15);
  await page.goto('/glossary/#soundstage');
  await expect(page.locator('#soundstage')).toBeInViewport();
});

test('an unknown address shows the not-found page with a 404 status', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /guide/i }).first()).toBeVisible();
});
