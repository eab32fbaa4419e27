/**
 * Each site-wide browser check, run on a deliberately broken fixture, must report the
 * breakage (the file checks prove the same in tests/dist/checks-can-fail.test.ts).
 * Without these, a check that silently passed everything would look the same as a
 * clean site.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AXE_TAGS, COLOUR_RULES, LAYOUT_RULES } from '../helpers';
import { watchPage } from '../pageProblems';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Serve a fixture at a path of the test server without it ever entering dist/. */
async function serveFixture(page: Page, path: string, name: string) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: fixture(name) }));
}

test('the accessibility sweep reports a page with violations', async ({ page }) => {
  await serveFixture(page, '/__fixture__/axe/', 'axe-violation.html');
  await page.goto('/__fixture__/axe/');
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual(
    expect.arrayContaining(['color-contrast', 'image-alt', 'button-name']),
  );
});

test('the colour-only and layout-only sweeps still report a contrast failure', async ({ page }) => {
  await serveFixture(page, '/__fixture__/axe/', 'axe-violation.html');
  await page.goto('/__fixture__/axe/');
  for (const rules of [COLOUR_RULES, LAYOUT_RULES]) {
    const results = await new AxeBuilder({ page }).withRules(rules).analyze();
    expect(results.violations.map((v) => v.id)).toContain('color-contrast');
  }
});

test('the page watch reports console errors, outside requests and layout shift', async ({
  page,
  baseURL,
}) => {
  const report = await watchPage(page, new URL(baseURL!).origin);
  await serveFixture(page, '/__fixture__/console/', 'console-error.html');
  await page.goto('/__fixture__/console/');
  await page.locator('body[data-shifted]').waitFor({ state: 'attached' });
  // Layout-shift entries reach the observer asynchronously, after the frame that shifted.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift))
    .toBeGreaterThan(0);
  const problems = await report();
  expect(problems.consoleErrors).toContain('fixture error');
  expect(problems.externalRequests).toContain('https://example.com/tracker.js');
  expect(problems.layoutShift).toBeGreaterThan(0);
  expect(problems.cspViolations.join('\n')).toMatch(/img-src blocked .*blocked-by-policy\.png/);
});
