/**
 * Scenario pages state the picker's own result for their answers, and their picker
 * link opens the picker with exactly those answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import type { Answers } from '../src/vocabulary';
import type { Catalog } from '../src/lib/picker/catalog';
import { parseAnswers, recommend } from '../src/lib/picker/rules';
import { DIST } from './helpers';

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

test('there is a scenario page for each situation people search for', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(11);
});

for (const scenario of scenarios) {
  test(`the ${scenario.id} page states the picker's result and links to the picker with its answers`, async ({
    page,
  }) => {
    const expected = recommend(scenario.answers, catalog).winner;
    await page.goto(`/for/${scenario.id}/`);
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-design', expected);

    const link = page.locator('[data-picker-link]');
    const href = (await link.getAttribute('href'))!;
    expect(parseAnswers(new URL(href, 'http://x').search)).toEqual(scenario.answers);
    await link.click();
    await expect(page).toHaveURL(/\/picker\/\?/);
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-design', expected);
    for (const [question, value] of Object.entries(scenario.answers)) {
      await expect(page.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
    }
  });
}
