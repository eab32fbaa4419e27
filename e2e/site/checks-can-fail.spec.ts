/**
 * Each site-wide browser check, run on a deliberately broken fixture, must report the
 * breakage (the file checks prove the same in tests/dist/checks-can-fail.test.ts).
 * Without these, a check that silently passed everything would look the same as a
 * clean site.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES, expect, LAYOUT_RULES, test } from '../fixtures';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Serve a fixture at a path of the test server without it ever entering dist/. */
async function serveFixture(page: Page, path: string, name: string) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: fixture(name) }));
}

test('the accessibility sweep reports a page with violations', async ({ page }) => {
  await serveFixture(page, '/__fixture__/axe/', 'axe-violation.html');
  await page.goto('/__fixture__/axe/');
  const ids = (await axeViolations(page)).map((line) => line.slice(0, line.indexOf(':')));
  expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'button-name']));
});

test('the colour-only and layout-only sweeps still report a contrast failure', async ({ page }) => {
  await serveFixture(page, '/__fixture__/axe/', 'axe-violation.html');
  await page.goto('/__fixture__/axe/');
  for (const rules of [COLOUR_RULES, LAYOUT_RULES]) {
    expect(await axeViolations(page, rules)).toContainEqual(expect.stringMatching(/^color-contrast:/));
  }
});

test.describe('with problems provoked on purpose', () => {
  test.use({ expectProblems: true });

  test('the page watch reports console errors, outside requests and policy violations', async ({
    page,
    pageWatch,
  }) => {
    await serveFixture(page, '/__fixture__/console/', 'console-error.html');
    await page.goto('/__fixture__/console/');
    // The three arrive in no fixed order (the outside request reaches the watch's route
    // after the page has moved on), so wait until each has been seen.
    await expect
      .poll(async () => {
        const problems = await pageWatch.report();
        return {
          consoleError: problems.consoleErrors.includes('fixture error'),
          outsideRequest: problems.externalRequests.includes('https://example.com/tracker.js'),
          policyViolation: /img-src blocked .*blocked-by-policy\.png/.test(problems.cspViolations.join('\n')),
        };
      })
      .toEqual({ consoleError: true, outsideRequest: true, policyViolation: true });
  });
});

test('the slow-link load reports a header that grows as it arrives, naming what moved', async ({
  page,
  chunkServer,
  slowLoad,
}) => {
  chunkServer.serve('/__fixture__/shifting-header/', fixture('shifting-header.html'));
  await page.setViewportSize({ width: 375, height: 812 });
  const report = await slowLoad('/__fixture__/shifting-header/');
  const moved = report.moved.map((m) => m.element);
  expect(moved.some((element) => element.includes('nav'))).toBe(true);
  expect(moved.some((element) => element.includes('span.mark'))).toBe(true);
  const mark = report.moved.find((m) => m.element.includes('span.mark'))!;
  expect(mark.now.y).toBeGreaterThan(mark.before.y);
});

test('the slow-link load reports nothing for the same header fixed', async ({
  page,
  chunkServer,
  slowLoad,
}) => {
  chunkServer.serve('/__fixture__/steady-header/', fixture('steady-header.html'));
  await page.setViewportSize({ width: 375, height: 812 });
  const report = await slowLoad('/__fixture__/steady-header/');
  expect(chunkServer.lastPieceCount(), 'the page arrived in many pieces').toBeGreaterThan(5);
  expect(report.moved).toEqual([]);
});

test('the slow-link load reports what a script moves after the page has loaded', async ({
  chunkServer,
  slowLoad,
}) => {
  chunkServer.serve('/__fixture__/late-shift/', fixture('late-shift.html'));
  const report = await slowLoad('/__fixture__/late-shift/');
  const pushed = report.moved.find((m) => m.element.includes('p#pushed'));
  expect(pushed?.after, 'measured after the load').toBe(-1);
  expect(pushed!.now.y - pushed!.before.y).toBeGreaterThanOrEqual(120);
});
