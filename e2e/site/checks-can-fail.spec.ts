/**
 * Each site-wide check, run on a deliberately broken fixture, must report the breakage.
 * Without these, a check that silently passed everything would look the same as a
 * clean site.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { FIRST_ROUND_TRIP_BYTES, weighPage } from '../../scripts/lib/bytes.ts';
import { findBrokenLinks } from '../../scripts/lib/links.ts';
import { validateHtml } from '../../scripts/lib/vnu.ts';
import { AXE_TAGS } from '../helpers';
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

test('the HTML check reports invalid markup with its file', () => {
  const errors = validateHtml([join(FIXTURES, 'invalid.html')]);
  expect(errors.length).toBeGreaterThanOrEqual(3);
  expect(errors.every((e) => e.file.endsWith('invalid.html'))).toBe(true);
  expect(errors.map((e) => e.message).join('\n')).toMatch(/Duplicate ID “twice”/);
});

test('the link check reports missing pages, images and fragments, and only those', () => {
  const broken = findBrokenLinks(join(FIXTURES, 'broken-site'));
  expect(broken.map((b) => `${b.target}: ${b.problem}`).sort()).toEqual(
    [
      '#nowhere: no element with id="nowhere" on that page',
      '/guide/#absent: no element with id="absent" on that page',
      '/missing.png: no such file in the build',
      '/missing/: no such file in the build',
    ].sort(),
  );
});

test('the byte budget catches a blocking stylesheet, an oversized first response and JavaScript on a page without an island', () => {
  const site = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  cpSync(join(FIXTURES, 'broken-site'), site, { recursive: true });
  // Random class names defeat compression the way a bloated real stylesheet would.
  let css = '';
  let seed = 42;
  const random = () =>
    ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31).toString(36).slice(2, 10);
  while (css.length < 80_000) css += `.${random()}{margin:${random().length}px;content:"${random()}"}\n`;
  writeFileSync(join(site, 'style.css'), css);

  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const weight = weighPage(site, html);
  expect(weight.stylesheets).toEqual(['/style.css']);
  expect(weight.js.raw).toBeGreaterThan(0);
  // The same styles inlined: nothing blocks, but the response no longer fits one round trip.
  const inlined = weighPage(site, html.replace('</head>', `<style>${css}</style></head>`));
  expect(inlined.firstResponse).toBeGreaterThan(FIRST_ROUND_TRIP_BYTES);
});

test('the page watch reports console errors, outside requests and layout shift', async ({
  page,
  baseURL,
}) => {
  const report = await watchPage(page, new URL(baseURL!).origin);
  await serveFixture(page, '/__fixture__/console/', 'console-error.html');
  await page.goto('/__fixture__/console/');
  await page.waitForTimeout(300);
  const problems = await report();
  expect(problems.consoleErrors).toContain('fixture error');
  expect(problems.externalRequests).toContain('https://example.com/tracker.js');
  expect(problems.layoutShift).toBeGreaterThan(0);
});
