/**
 * What search engines and agents see: one h1, unique titles and descriptions within
 * length, canonical URLs, structured data, social images, the sitemap, robots.txt and
 * llms.txt, all checked over every page of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '../../src/lib/head/siteUrl';
import { parse } from 'node-html-parser';
import { parseLlmsTxt } from '../support/llmsTxt';
import {
  COMPARE_URL,
  designUrl,
  FAQ_URL,
  GLOSSARY_URL,
  GUIDE_URL,
  HOME_URL,
  PICKER_URL,
  scenarioUrl,
  SITUATIONS_URL,
} from '../../src/lib/routes/urls';
import { DIST, frontMatter, PAGES } from './dist';

const SITE = resolveSiteUrl(process.env.SITE_URL).site;
const pages = PAGES.filter((p) => p.path.endsWith('/')).map((p) => {
  const html = readFileSync(p.file, 'utf8');
  const root = parse(html);
  return {
    ...p,
    html,
    root,
    title: root.querySelector('title')?.textContent ?? '',
    description: root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    noindex: Boolean(root.querySelector('meta[name="robots"][content*="noindex"]')),
  };
});
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const buffer = readFileSync(file);
  expect(buffer.subarray(1, 4).toString()).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

it('the build has the pages discovery is checked on: the fixed ones, and one per design and situation', () => {
  const built = new Set(pages.map((p) => p.path));
  const expected = [
    HOME_URL,
    GUIDE_URL,
    COMPARE_URL,
    PICKER_URL,
    FAQ_URL,
    GLOSSARY_URL,
    SITUATIONS_URL,
    ...frontMatter('designs').map((d) => designUrl(d.id)),
    ...frontMatter('scenarios').map((s) => scenarioUrl(s.id)),
  ];
  expect(expected.filter((path) => !built.has(path))).toEqual([]);
});

for (const page of pages) {
  describe(`the page ${page.path}`, () => {
    it('has exactly one h1', () => {
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
    });

    it('has a title of at most 60 characters and a description of at most 155', () => {
      expect(page.title.length).toBeGreaterThan(10);
      expect(page.title.length).toBeLessThanOrEqual(60);
      expect(page.description.length).toBeGreaterThan(50);
      expect(page.description.length).toBeLessThanOrEqual(155);
    });

    it('has an absolute canonical URL that is its own address', () => {
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toBe(new URL(page.path, SITE).href);
    });

    it('carries Open Graph and Twitter card tags', () => {
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
        expect(page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content')).toBeTruthy();
      }
      expect(page.root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBeTruthy();
      if (page.root.querySelector('meta[name="twitter:image"]'))
        expect(
          page.root.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content'),
        ).toBeTruthy();
      // An article where the page has Article data; the home page and the tools are a website.
      const isArticle = page.html.includes('"@type":"Article"') && page.path !== '/';
      expect(page.root.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe(
        isArticle ? 'article' : 'website',
      );
      expect(page.root.querySelector('meta[name="theme-color"]')).not.toBeNull();
      expect(page.root.querySelector('link[rel="icon"]')).not.toBeNull();
    });

    it('has structured data that parses, with no empty or undefined value', () => {
      const blocks = page.root
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent));
      if (!page.noindex) expect(blocks.length).toBeGreaterThan(0);
      const empty: string[] = [];
      const walk = (value: unknown, path: string) => {
        if (value === '' || value === null || value === 'undefined' || value === undefined) empty.push(path);
        else if (typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      };
      blocks.forEach((block, i) => walk(block, `[${i}]`));
      expect(empty).toEqual([]);
      for (const block of blocks.filter((b) => b['@type'] === 'Article')) {
        expect(block.author?.url, 'Article.author.url').toMatch(/^https?:\/\//);
        // What a machine reads as the date a reader must see too.
        expect(page.root.querySelector('time[data-modified]')?.getAttribute('datetime')).toBe(
          block.dateModified,
        );
        for (const field of [
          'headline',
          'description',
          'datePublished',
          'dateModified',
          'author',
          'publisher',
          'image',
        ]) {
          expect(block, `Article.${field}`).toHaveProperty(field);
        }
      }
      if (page.path === '/') expect(blocks.map((b) => b['@type'])).toContain('WebSite');
      if (page.path !== '/' && !page.noindex)
        expect(blocks.map((b) => b['@type'])).toContain('BreadcrumbList');
    });

    if (!page.noindex) {
      it('has a 1200x630 social image that exists in the build', () => {
        const image = page.root.querySelector('meta[property="og:image"]')?.getAttribute('content');
        expect(image).toBeTruthy();
        expect(pngSize(join(DIST, new URL(image!).pathname))).toEqual({ width: 1200, height: 630 });
      });
    }

    it(`is ${page.noindex ? 'left out of' : 'listed in'} the sitemap`, () => {
      expect(sitemapUrls.includes(new URL(page.path, SITE).href)).toBe(!page.noindex);
    });

    const shown = page.root.querySelector('time[data-modified]')?.getAttribute('datetime');
    if (!page.noindex && shown) {
      it('has the sitemap lastmod of the date it shows as updated', () => {
        const entry = sitemap
          .split('<url>')
          .find((u) => u.includes(`<loc>${new URL(page.path, SITE).href}</loc>`));
        expect(entry).toContain(`<lastmod>${shown}`);
      });
    }
  });
}

it('titles and descriptions are unique across pages', () => {
  const titles = pages.map((p) => p.title);
  const descriptions = pages.map((p) => p.description);
  expect(new Set(titles).size).toBe(titles.length);
  expect(new Set(descriptions).size).toBe(descriptions.length);
});

it('the sitemap lists nothing that is not a page of the build, with lastmod dates', () => {
  const paths = new Set(pages.map((p) => new URL(p.path, SITE).href));
  for (const url of sitemapUrls) expect(paths.has(url!)).toBe(true);
  expect(sitemap).toMatch(/<lastmod>2\d{3}-\d{2}-\d{2}/);
});

it('the not-found page asks search engines not to index it and names no canonical address', () => {
  const html = readFileSync(join(DIST, '404.html'), 'utf8');
  expect(html).toMatch(/<meta name="robots" content="noindex"/);
  expect(html).not.toContain('rel="canonical"');
});

it('robots.txt allows crawling and points at the sitemap', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
});

it('llms.txt summarises the site and links every indexable page', () => {
  const llms = readFileSync(join(DIST, 'llms.txt'), 'utf8');
  expect(llms).toMatch(/^# .+\n\n> .+/);
  for (const page of pages.filter((p) => !p.noindex))
    expect(llms).toContain(`(${new URL(page.path, SITE).href})`);
  expect(llms).toContain('recommend_headphone_design');
});

it('llms.txt follows the llms.txt proposal: every line inside a section is a link item', () => {
  const parsed = parseLlmsTxt(readFileSync(join(DIST, 'llms.txt'), 'utf8'));
  expect(parsed.problems).toEqual([]);
  expect(parsed.summary).toBeTruthy();
  const linked = new Set(parsed.sections.flatMap((s) => s.links.map((l) => l.url)));
  for (const page of pages.filter((p) => !p.noindex)) expect(linked).toContain(new URL(page.path, SITE).href);
});

it('every page can be reached from the home page within three clicks', () => {
  const links = new Map(
    pages.map((p) => [
      p.path,
      p.root
        .querySelectorAll('a[href^="/"]')
        .map((a) => new URL(a.getAttribute('href')!, 'http://x').pathname),
    ]),
  );
  const depth = new Map([['/', 0]]);
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    for (const next of links.get(path) ?? []) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(path)! + 1);
        queue.push(next);
      }
    }
  }
  const indexable = pages.filter((p) => !p.noindex).map((p) => p.path);
  const tooDeep = indexable.filter((path) => (depth.get(path) ?? Infinity) > 3);
  expect(tooDeep).toEqual([]);
});
