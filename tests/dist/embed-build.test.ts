/**
 * The embed's built files, no browser needed: the size and shape of /embed.js, the
 * oEmbed response and its discovery links, and the embed pages' budgets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { FIRST_ROUND_TRIP_BYTES, sizes, weighPage } from '../../scripts/lib/bytes.ts';
import { DIST } from './dist';

const SITE = process.env.SITE_URL ?? 'https://open-or-closed.example';
/** The host script's budget, brotli-compressed: it loads on other people's pages. */
const EMBED_SCRIPT_BUDGET = 2048;
/** The picker island's budget, which the framed picker's JavaScript must also keep. */
const ISLAND_JS_BUDGET = 4096;

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

test('/embed.js fits in 2,048 compressed bytes', () => {
  const weight = sizes(read('embed.js'));
  console.log(`/embed.js: ${weight.raw} B raw, ${weight.gzip} B gzip, ${weight.brotli} B brotli`);
  expect(weight.brotli).toBeLessThanOrEqual(EMBED_SCRIPT_BUDGET);
});

test('/embed.js is one self-contained classic script: no import, no export, no eval', () => {
  const code = read('embed.js');
  expect(code).not.toMatch(/\bimport\s*[({"'`\w]|\bexport\s|\beval\(|new Function\(/);
  // An IIFE leaves nothing global behind on the host's page.
  expect(code).toMatch(/^"use strict";\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/);
});

for (const path of ['/embed/', '/embed/picker/']) {
  test(`${path} keeps the picker's budgets: first screen in one round trip, JavaScript within 4,096 bytes`, () => {
    const weight = weighPage(DIST, read(`${path.slice(1)}index.html`));
    expect(weight.firstScreen).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
    expect(weight.js.brotli).toBeGreaterThan(0);
    expect(weight.js.brotli).toBeLessThanOrEqual(ISLAND_JS_BUDGET);
  });
}

test('the oEmbed response is a rich embed with absolute addresses on the site, its thumbnail built', () => {
  const oembed = JSON.parse(read('embed/oembed.json'));
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
  expect(oembed.width).toBeGreaterThan(0);
  expect(oembed.height).toBeGreaterThan(0);
  expect(oembed.provider_url).toBe(new URL('/', SITE).href);
  const iframe = parse(oembed.html).querySelector('iframe');
  expect(iframe?.getAttribute('src')).toMatch(new RegExp(`^${new URL('/embed/picker/', SITE).href}(\\?|$)`));
  expect(iframe?.getAttribute('title')).toBeTruthy();
  expect(Number(iframe?.getAttribute('height'))).toBe(oembed.height);
  const thumbnail = new URL(oembed.thumbnail_url);
  expect(thumbnail.origin).toBe(new URL(SITE).origin);
  expect(readFileSync(join(DIST, thumbnail.pathname)).subarray(1, 4).toString()).toBe('PNG');
});

for (const path of ['/picker/', '/embed/', '/embed/picker/']) {
  test(`${path} points oEmbed consumers at the response, by its absolute address`, () => {
    const link = parse(read(`${path.slice(1)}index.html`)).querySelector(
      'link[rel="alternate"][type="application/json+oembed"]',
    );
    expect(link?.getAttribute('href')).toBe(new URL('/embed/oembed.json', SITE).href);
  });
}

test('/embed/ is indexable and in the sitemap; the framed picker is neither', () => {
  const sitemap = read('sitemap-0.xml');
  expect(sitemap).toContain(`<loc>${new URL('/embed/', SITE).href}</loc>`);
  expect(sitemap).not.toContain(`<loc>${new URL('/embed/picker/', SITE).href}</loc>`);
  expect(read('embed/index.html')).not.toMatch(/<meta name="robots" content="noindex"/);
  expect(read('embed/picker/index.html')).toMatch(/<meta name="robots" content="noindex"/);
});

test('the framed picker opens every link and its form outside the frame', () => {
  const root = parse(read('embed/picker/index.html'));
  // A link to a place on the same page scrolls, it does not navigate: it stays in the frame.
  const links = root.querySelectorAll('a[href]').filter((a) => !a.getAttribute('href')?.startsWith('#'));
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const link of links) {
    expect(link.getAttribute('target'), link.toString()).toBe('_blank');
    expect(link.getAttribute('rel'), link.toString()).toMatch(/\bnoopener\b/);
  }
  for (const form of root.querySelectorAll('form')) expect(form.getAttribute('target')).toBe('_blank');
});
