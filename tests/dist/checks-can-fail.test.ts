/**
 * Each site-wide file check, run on a deliberately broken fixture (e2e/fixtures/), must
 * report the breakage. Without these, a check that silently passed everything would look
 * the same as a clean site.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { FIRST_ROUND_TRIP_BYTES, weighPage } from '../../scripts/lib/bytes.ts';
import { findBrokenLinks } from '../../scripts/lib/links.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures');

// The HTML check's failure on e2e/fixtures/invalid.html is proven in build-output.test.ts,
// in the same run of the checker as the build.

it('the link check reports missing pages, images and fragments, and only those', () => {
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

it('the byte budget catches a blocking stylesheet, an oversized first response and JavaScript on a page without an island', () => {
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
