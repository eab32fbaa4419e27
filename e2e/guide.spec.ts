/** The article as a reader moves through it: its contents, and its first screen on a phone. */
import { expect, test } from './fixtures';

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

// The design pages' pros, cons and models, the glossary's anchors and the not-found page are
// read from the build in tests/dist/reader-pages.test.ts; nginx answering an unknown address
// with 404 is tested in tests/dist/nginx.test.ts.
