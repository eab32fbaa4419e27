/**
 * Comparisons that fit a phone: below 640 px every table is a stack of labelled blocks,
 * with nothing scrolling sideways and no caption inside a scroller; wide screens and
 * paper keep the full table. Every built page with a table is checked, so a new
 * comparison is covered without anyone listing it here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, PAGES, test } from './fixtures';

const WITH_TABLES = PAGES.filter((page) => /<table[\s>]/.test(readFileSync(page.file, 'utf8')));

/** Elements that scroll sideways (or would, if they had room to), described for the failure. */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth) {
        found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      }
    }
    return found;
  });

test('there are comparison tables to check', () => {
  expect(WITH_TABLES.length).toBeGreaterThan(0);
});

for (const { path } of WITH_TABLES) {
  test.describe(path, () => {
    test('at 375 px nothing scrolls sideways and every cell is labelled with its column', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(path);
      // Collapsed details (the chart's "numbers as a table") are opened so they are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await sidewaysScrollers(page)).toEqual([]);

      const problems = await page.evaluate(() => {
        const out: string[] = [];
        for (const caption of document.querySelectorAll('caption')) {
          for (let el = caption.parentElement; el; el = el.parentElement) {
            const x = getComputedStyle(el).overflowX;
            if (x === 'auto' || x === 'scroll')
              out.push(`caption "${caption.textContent}" is inside a scroller`);
          }
        }
        // Stacked tables: each data cell shows which design (column) it belongs to.
        for (const td of document.querySelectorAll('.stacked-table td')) {
          const label = getComputedStyle(td, '::before').content;
          if (!label || label === 'none' || label === '""')
            out.push(`cell without a label: ${td.textContent}`);
        }
        return out;
      });
      expect(problems).toEqual([]);
    });

    test('at 1280 px and on paper the comparison is still a full table', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const display = () =>
        page
          .locator('.stacked-table table')
          .evaluateAll((tables) => tables.map((t) => getComputedStyle(t).display));
      for (const value of await display()) expect(value).toBe('table');
      await page.setViewportSize({ width: 375, height: 812 });
      await page.emulateMedia({ media: 'print' });
      for (const value of await display()) expect(value).toBe('table');
    });
  });
}
