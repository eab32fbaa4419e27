import { describe, expect, it } from 'vitest';
import { openGraphType, shownDate, structuredDataFor } from '../../src/lib/head/pageData';

const site = new URL('https://example.com/');
const options = { headline: 'Heading', image: '/og/x.png', crumbs: [] };

describe('openGraphType', () => {
  it('calls the home page a website even though it carries dates', () => {
    expect(openGraphType({ kind: 'home', published: new Date('2026-01-01') })).toBe('website');
  });

  it('calls a dated page below the home page an article', () => {
    expect(openGraphType({ kind: 'design', published: new Date('2026-01-01') })).toBe('article');
  });

  it('calls a page with no publication date a website', () => {
    expect(openGraphType({ kind: 'faq', published: undefined })).toBe('website');
  });
});

describe('shownDate', () => {
  it('writes the day a reader reads and the ISO day a machine reads, in UTC whatever the zone', () => {
    expect(shownDate(new Date('2026-11-26'))).toEqual({ text: '26 November 2026', iso: '2026-11-26' });
  });
});

describe('structuredDataFor', () => {
  it('gives an Article to a page with a publication date, with the author linked to the site', () => {
    const meta = {
      path: '/x/',
      title: 't',
      description: 'd',
      kind: 'design' as const,
      published: new Date('2026-01-01'),
    };
    expect(structuredDataFor(meta, site, options)[0]).toMatchObject({
      '@type': 'Article',
      author: { url: 'https://example.com/' },
    });
  });

  it('gives no Article to a page with only a modified date', () => {
    const meta = {
      path: '/faq/',
      title: 't',
      description: 'd',
      kind: 'faq' as const,
      modified: new Date('2026-01-01'),
    };
    expect(structuredDataFor(meta, site, options)).toEqual([]);
  });
});
