/**
 * The words inside the site's drawings (cup diagrams, ratings chart) stay apart when a
 * search engine, reader mode or screen scraper takes the page's text: SVG draws each
 * label where it is placed, but text extraction joins the labels in source order.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { PAGES } from './dist';

const pages = PAGES.filter((p) => p.path.endsWith('/')).map((p) => ({
  path: p.path,
  root: parse(readFileSync(p.file, 'utf8')),
}));

it('the build has drawings with labels to check', () => {
  expect(pages.some((p) => p.root.querySelectorAll('svg text').length > 1)).toBe(true);
});

for (const page of pages) {
  const svgs = page.root.querySelectorAll('svg').filter((svg) => svg.querySelectorAll('text').length > 1);
  if (!svgs.length) continue;
  it(`the labels of each drawing on ${page.path} do not run together in its extracted text`, () => {
    const glued: string[] = [];
    for (const svg of svgs) {
      const words = svg.textContent;
      for (const text of svg.querySelectorAll('text')) {
        const label = text.textContent.trim();
        const at = words.indexOf(label);
        const before = words[at - 1];
        const after = words[at + label.length];
        if ((before && !/\s/.test(before)) || (after && !/\s/.test(after))) glued.push(label);
      }
    }
    expect(glued).toEqual([]);
  });
}
