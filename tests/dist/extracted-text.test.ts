/**
 * Every page's text reads with its words apart when extracted without the layout (w3m,
 * lynx, reader views, agents reading the HTML): labels placed by CSS or SVG coordinates
 * must still be separated by a space or a block in the markup. The check is proven to
 * fail on tests/fixtures/extracted/glued.html in tests/unit/extractedText.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { findJoints } from '../support/extractedText.ts';
import { PAGES } from './dist';

for (const page of PAGES) {
  it(`${page.path} keeps its words apart in extracted text`, () => {
    expect(findJoints(readFileSync(page.file, 'utf8')).map((j) => j.joint)).toEqual([]);
  });
}
