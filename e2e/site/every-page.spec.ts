/**
 * The site-wide checks every page of the build must pass, in a real browser.
 *
 * Each page is loaded the way a slow link delivers it, piece by piece
 * (fixtures.ts `slowLoad`), once at phone width and once at desktop width, and nothing on
 * screen may move on the way: not between two pieces of the HTML, not when fonts, images or
 * scripts arrive. The page watch checks the same loads for console errors, failed or
 * outside requests and policy violations. Then axe: every rule once, at phone width in the
 * light scheme; the dark scheme can only change colours, so it runs the colour rules; the
 * desktop width can only change layout, so it runs the rules whose result depends on layout
 * (colours included, since a wider layout puts text on other backgrounds).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  AXE_TAGS,
  COLOUR_RULES,
  describeShifts,
  expect,
  LAYOUT_RULES,
  PAGES,
  test,
  VIEWPORTS,
} from '../fixtures';

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
  test(`the page ${path} arrives without shifting and has no accessibility violations in either scheme or width`, async ({
    page,
    slowLoad,
  }) => {
    // Two piece-by-piece loads and three axe runs: the whole article takes a while on a busy
    // 2-core machine, and a timeout must never be what fails a page.
    test.slow();
    await page.setViewportSize(phone);
    const onPhone = await slowLoad(path);
    expect(onPhone.moved.length, `nothing moves at ${phone.width}px:\n${describeShifts(onPhone)}`).toBe(0);
    expect(await axe(page), `every rule, light, ${phone.width}px`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page, COLOUR_RULES), `colour rules, dark, ${phone.width}px`).toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(desktop);
    const onDesktop = await slowLoad(path);
    expect(onDesktop.moved.length, `nothing moves at ${desktop.width}px:\n${describeShifts(onDesktop)}`).toBe(
      0,
    );
    expect(await axe(page, LAYOUT_RULES), `layout rules, light, ${desktop.width}px`).toEqual([]);
  });
}
