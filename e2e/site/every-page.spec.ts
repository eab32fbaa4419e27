/**
 * The site-wide checks every page of the build must pass, in a real browser: axe in
 * both colour schemes at phone and desktop widths, and a clean load.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, PAGES, SCHEMES, VIEWPORTS } from '../helpers';
import { watchPage } from '../pageProblems';

for (const { path } of PAGES) {
  test.describe(`the page ${path}`, () => {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        test(`has no accessibility violations in ${scheme} mode at ${viewport.width}px`, async ({ page }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
          );
          expect(summary).toEqual([]);
        });
      }
    }

    test('loads with no console error, failed request, outside request or layout shift', async ({
      page,
      baseURL,
    }) => {
      const report = await watchPage(page, new URL(baseURL!).origin);
      await page.goto(path, { waitUntil: 'networkidle' });
      const problems = await report();
      expect(problems).toEqual({
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        externalRequests: [],
        layoutShift: 0,
      });
    });
  });
}
