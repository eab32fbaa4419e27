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
 *
 * The same two loads check that the page fits a phone (support/phoneLayout.ts): nothing
 * scrolls sideways at 375 px, with collapsed sections opened so they are checked too, and a
 * comparison table is a stack of labelled blocks there, but a full table at 1280 px and on
 * paper. Every page is checked, so a new comparison is covered without anyone listing it.
 *
 * Last, the page is opened once more with JavaScript off: its heading shows and its main
 * content is there to read.
 */
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  COLOUR_RULES,
  describeShifts,
  expect,
  LAYOUT_RULES,
  PAGES,
  test,
  VIEWPORTS,
} from '../fixtures';
import { sidewaysScrollers, stackedTableDisplays, unlabelledStackedCells } from '../support/phoneLayout';

const [phone, desktop] = VIEWPORTS;

test('some pages have comparison tables, so the phone layout of tables is checked', () => {
  expect(PAGES.some((page) => /<table[\s>]/.test(readFileSync(page.file, 'utf8')))).toBe(true);
});

for (const { path } of PAGES) {
  test(`the page ${path} arrives without shifting, fits a phone, has no accessibility violations in either scheme or width, and reads without JavaScript`, async ({
    page,
    slowLoad,
    scriptsOff,
  }) => {
    // Two piece-by-piece loads and three axe runs: the whole article takes a while on a busy
    // 2-core machine, and a timeout must never be what fails a page.
    test.slow();
    await page.setViewportSize(phone);
    const onPhone = await slowLoad(path);
    expect(onPhone.moved.length, `nothing moves at ${phone.width}px:\n${describeShifts(onPhone)}`).toBe(0);
    expect(await axeViolations(page), `every rule, light, ${phone.width}px`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), `colour rules, dark, ${phone.width}px`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await sidewaysScrollers(page), `nothing scrolls sideways at ${phone.width}px`).toEqual([]);
    expect(await unlabelledStackedCells(page), `stacked table cells name their column`).toEqual([]);

    await page.setViewportSize(desktop);
    const onDesktop = await slowLoad(path);
    expect(onDesktop.moved.length, `nothing moves at ${desktop.width}px:\n${describeShifts(onDesktop)}`).toBe(
      0,
    );
    expect(await axeViolations(page, LAYOUT_RULES), `layout rules, light, ${desktop.width}px`).toEqual([]);
    for (const display of await stackedTableDisplays(page))
      expect(display, 'a full table on wide screens').toBe('table');
    await page.setViewportSize(phone);
    await page.emulateMedia({ media: 'print' });
    for (const display of await stackedTableDisplays(page))
      expect(display, 'a full table on paper').toBe('table');

    // The 404 page is short by design; every other page has an article's worth to read.
    if (!path.endsWith('/')) return;
    // The same page with scripts off (fixtures.ts: the same page, not a context of its own).
    await page.emulateMedia({ media: 'screen' });
    await scriptsOff();
    await page.goto(path);
    await expect(
      page.getByRole('heading', { level: 1 }),
      'the heading shows without JavaScript',
    ).toBeVisible();
    expect(
      (await page.locator('main').innerText()).length,
      'the content reads without JavaScript',
    ).toBeGreaterThan(200);
  });
}
