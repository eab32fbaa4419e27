/**
 * Checks on the built files themselves, no browser needed: links, HTML validity and
 * the byte budgets. Each prints or returns enough to fix the problem it finds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP_BYTES, weighPage } from '../../scripts/lib/bytes.ts';
import { findBrokenLinks } from '../../scripts/lib/links.ts';
import { validateHtml } from '../../scripts/lib/vnu.ts';
import { DIST, PAGES } from './dist';

/**
 * The one page allowed past a single round trip: the whole article at /guide/. Issue 14
 * asks both for the full article on one page and for every response within 14,600 B;
 * the article's text alone is about 13.5 KB brotli, so both cannot hold. It still
 * renders from what arrives first: no blocking stylesheet, and the HTML up to its first
 * paragraph, inline styles included, within the same 14,600 B. Every other page must fit
 * whole.
 */
const LONG_FORM = new Set(['/guide/']);

/** The picker's budget: all of its JavaScript, brotli-compressed. */
const ISLAND_JS_BUDGET = 4096;

it('every internal link, image and fragment in the build resolves', () => {
  expect(findBrokenLinks(DIST)).toEqual([]);
});

describe('the W3C Nu checker', () => {
  // One JVM checks the build and the deliberately invalid fixture (e2e/fixtures/) together:
  // starting Java is most of the check's time, and the fixture proves the check can fail.
  const INVALID = resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'invalid.html');
  const errors = validateHtml([INVALID, ...PAGES.map((p) => p.file)]);
  const isFixture = (e: { file: string }) => e.file.endsWith('/e2e/fixtures/invalid.html');
  const inFixture = errors.filter(isFixture);

  it('finds every page of the build valid HTML', () => {
    expect(errors.filter((e) => !isFixture(e))).toEqual([]);
  });

  it('reports invalid markup with its file', () => {
    expect(inFixture.length).toBeGreaterThanOrEqual(3);
    expect(inFixture.map((e) => e.message).join('\n')).toMatch(/Duplicate ID “twice”/);
  });
});

describe('byte budgets', () => {
  const weights = PAGES.map((page) => {
    const html = readFileSync(page.file, 'utf8');
    return { ...page, html, weight: weighPage(DIST, html) };
  });

  afterAll(() => {
    // Printed so the figures can be quoted; asserted by the tests below.
    console.log('\npage | first response, HTML with its styles (br) | HTML raw | CSS raw/br | JS raw/br');
    for (const { path, weight: w } of weights) {
      console.log(
        `${path} | ${w.firstResponse} | ${w.html.raw} | ${w.css.raw}/${w.css.brotli} | ${w.js.raw}/${w.js.brotli}`,
      );
    }
  });

  for (const { path, html, weight } of weights) {
    if (LONG_FORM.has(path)) {
      it(`${path}, the long-form article, renders its first screen from the first round trip`, () => {
        expect(weight.stylesheets).toEqual([]);
        expect(weight.firstScreen).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      });
    } else {
      it(`${path} renders from its first response alone, which fits one round trip`, () => {
        // Styles are inlined, so nothing blocks the first render and the HTML is all there is.
        expect(weight.stylesheets).toEqual([]);
        expect(weight.firstResponse).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      });
    }

    if (/data-island=/.test(html)) {
      it(`${path} ships its island in at most 4,096 compressed bytes, none of it render-blocking`, () => {
        expect(weight.js.brotli).toBeGreaterThan(0);
        expect(weight.js.brotli).toBeLessThanOrEqual(ISLAND_JS_BUDGET);
        // Module scripts are deferred by the browser: they never block the first render.
        // Script elements only: the text inside an inline script may mention "<script" itself.
        const elements = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
        expect([
          ...elements.matchAll(
            /<script\b(?![^>]*type="(?:module|application\/ld\+json|application\/json)")[^>]*>/g,
          ),
        ]).toEqual([]);
      });
    } else {
      it(`${path} has no island and ships no JavaScript`, () => {
        expect(weight.js.raw).toBe(0);
      });
    }
  }
});
