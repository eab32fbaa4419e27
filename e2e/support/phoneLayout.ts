/**
 * Whether a page fits a phone: nothing scrolls sideways, and comparison tables become
 * stacks of labelled blocks below 640 px while staying full tables on wide screens and on
 * paper. Each function runs in the page and returns what is wrong, described for the
 * failure message (an empty list when all is well).
 */
import type { Page } from '@playwright/test';

/** Elements that scroll sideways (the page itself included), and captions inside a scroller. */
export const sidewaysScrollers = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const scrolls = (el: Element) => {
      const x = getComputedStyle(el).overflowX;
      return x === 'auto' || x === 'scroll';
    };
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (scrolls(el) && el.scrollWidth > el.clientWidth) {
        found.push(`${el.localName}.${[...el.classList].join('.')} scrolls sideways`);
      }
    }
    // A caption in a scroller scrolls away with the table it names.
    for (const caption of document.querySelectorAll('caption')) {
      for (let el = caption.parentElement; el; el = el.parentElement) {
        if (scrolls(el)) found.push(`caption "${caption.textContent}" is inside a scroller`);
      }
    }
    return found;
  });

/** Cells of stacked tables that do not show which column (design) they belong to. */
export const unlabelledStackedCells = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.stacked-table td')]
      .filter((td) => {
        const label = getComputedStyle(td, '::before').content;
        return !label || label === 'none' || label === '""';
      })
      .map((td) => `cell without a label: ${td.textContent}`),
  );

/** The CSS display of every stacked table: `table` where the full table is shown. */
export const stackedTableDisplays = (page: Page): Promise<string[]> =>
  page
    .locator('.stacked-table table')
    .evaluateAll((tables) => tables.map((t) => getComputedStyle(t).display));
