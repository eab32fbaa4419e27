/**
 * Each situation page, loaded once: its verdict is in view on a phone, design names in
 * its headings never break at their hyphen, and its picker link opens the picker with
 * exactly its answers and the same result. What the page states (the picker's result,
 * the verdict's words, the link's answers) is read from the build in
 * tests/dist/reader-pages.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import type { Answers } from '../src/vocabulary';
import type { Catalog } from '../src/lib/picker/catalog';
import { recommend } from '../src/lib/picker/rules';
import { DIST } from './helpers';

const PHONE = { width: 375, height: 812 };
/** The narrowest phone the hyphen check runs at. */
const NARROW = { width: 320, height: 700 };

const CONTENT = resolve(import.meta.dirname, '..', process.env.CONTENT_DIR ?? 'content', 'scenarios');
const scenarios = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, file), 'utf8'))![1]!;
    const data = yaml.load(front) as { answers: Answers };
    return { id: file.replace(/\.mdx$/, ''), answers: data.answers };
  });
// The picker page embeds the exact catalog the picker decides with.
const catalog = JSON.parse(
  parse(readFileSync(join(DIST, 'picker', 'index.html'), 'utf8'))
    .querySelector('design-picker')!
    .getAttribute('data-catalog')!,
) as Catalog;

for (const scenario of scenarios) {
  test(`the ${scenario.id} page shows its verdict on a phone's first screen, keeps names whole, and opens the picker with its answers`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/for/${scenario.id}/`);
    await expect(page.locator('[data-situation-verdict]')).toBeInViewport();

    // The same page, narrower: resizing lays it out again without a second load.
    await page.setViewportSize(NARROW);
    const broken = await page
      .locator('.keep-word')
      .evaluateAll((words) => words.filter((w) => w.getClientRects().length > 1).map((w) => w.textContent));
    expect(broken).toEqual([]);

    const expected = recommend(scenario.answers, catalog).winner;
    await page.locator('[data-picker-link]').click();
    await expect(page).toHaveURL(/\/picker\/\?/);
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-design', expected);
    for (const [question, value] of Object.entries(scenario.answers)) {
      await expect(page.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
    }
  });
}
