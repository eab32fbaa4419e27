/** The generated comparisons in a browser: no sideways scroll on a phone, and they print on A4. */
import { expect, test } from './fixtures';

// What the tables, the chart and the diagrams say is read from the build in
// tests/dist/reader-pages.test.ts; what needs a browser (layout, print) stays here.

for (const path of ['/', '/compare/', '/compare/closed-vs-open/', '/picker/']) {
  test(`${path} does not scroll sideways on a 375px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

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
