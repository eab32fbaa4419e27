import { describe, expect, it } from 'vitest';
import { sitemapFacts } from '../../src/lib/head/sitemap';

describe('sitemapFacts', () => {
  it('lists a page that does not ask to stay out of indexes', () => {
    expect(sitemapFacts('<html><head><title>x</title></head></html>')).toEqual({
      indexable: true,
      lastmod: undefined,
    });
  });

  it('leaves out a page marked noindex', () => {
    expect(sitemapFacts('<meta name="robots" content="noindex">').indexable).toBe(false);
  });

  it('takes lastmod from the latest dateModified in the structured data', () => {
    const html =
      '<script type="application/ld+json">{"dateModified":"2026-01-02"}</script><script type="application/ld+json">{"dateModified":"2026-03-04"}</script>';
    expect(sitemapFacts(html).lastmod).toBe('2026-03-04');
  });

  it('takes lastmod from the visible "Updated" date on a page with no Article', () => {
    const html = '<p>Updated <time datetime="2026-11-26" data-modified>26 November 2026</time></p>';
    expect(sitemapFacts(html).lastmod).toBe('2026-11-26');
  });
});
