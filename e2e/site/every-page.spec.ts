/**
 * The site-wide checks every page of the build must pass, in a real browser, from one
 * load per page: a clean load (no console error, failed or outside request, layout shift
 * or Content-Security-Policy violation), then axe. Axe runs every rule once, at phone
 * width in the light scheme; the dark scheme can only change colours, so it runs the
 * colour rules; the desktop width can only change layout, so it runs the rules whose
 * result depends on layout (colours included, since a wider layout puts text on other
 * backgrounds).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AXE_TAGS, COLOUR_RULES, LAYOUT_RULES, PAGES, VIEWPORTS } from '../helpers';
import { watchPage } from '../pageProblems';

async function axe(page: Page, rules?: string[]): Promise<string[]> {
  // withRules and withTags each replace the other's selection, so use one or the other.
  const builder = rules
    ? new AxeBuilder({ page }).withRules(rules)
    : new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}

const [phone, desktop] = VIEWPORTS;

for (const { path } of PAGES) {
  test(`the page ${path} loads cleanly and has no accessibility violations in either scheme or width`, async ({
    page,
    baseURL,
  }) => {
    // One load and three axe runs: a big page takes a while on a busy 2-core machine.
    test.slow();
    await page.setViewportSize(phone);
    await page.emulateMedia({ colorScheme: 'light' });
    const report = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await report(), 'a clean load').toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      externalRequests: [],
      cspViolations: [],
      layoutShift: 0,
    });

    expect(await axe(page), `every rule, light, ${phone.width}px`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page, COLOUR_RULES), `colour rules, dark, ${phone.width}px`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(desktop);
    expect(await axe(page, LAYOUT_RULES), `layout rules, light, ${desktop.width}px`).toEqual([]);
  });
}
