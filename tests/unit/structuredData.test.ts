import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbLd, jsonForScript, websiteLd } from '../../src/lib/head/structuredData';

const article = {
  url: 'https://example.com/designs/open/',
  headline: 'Open-back headphones',
  description: 'What open-backs do well and badly.',
  image: 'https://example.com/og/designs-open.png',
  published: new Date('2026-11-24'),
  modified: new Date('2026-11-25'),
  publisher: 'Open or Closed',
  publisherUrl: 'https://example.com/',
  logo: 'https://example.com/apple-touch-icon.png',
};

describe('articleLd', () => {
  it('describes an article with dates as calendar days', () => {
    const data = articleLd(article);
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'Open-back headphones',
      datePublished: '2026-11-24',
      dateModified: '2026-11-25',
      publisher: { '@type': 'Organization', name: 'Open or Closed' },
    });
  });

  it('gives the author a url, so the author can be told apart from others of the same name', () => {
    expect(articleLd(article).author).toMatchObject({ '@type': 'Organization', url: 'https://example.com/' });
  });

  it.each(['headline', 'description', 'image', 'url', 'publisherUrl'] as const)(
    'refuses an empty %s',
    (field) => {
      expect(() => articleLd({ ...article, [field]: '' })).toThrow(/non-empty/);
    },
  );

  it('refuses the string "undefined", the usual sign of a missing value', () => {
    expect(() => articleLd({ ...article, headline: 'undefined' })).toThrow(/non-empty/);
  });
});

describe('websiteLd', () => {
  it('names the site and its address', () => {
    expect(websiteLd({ url: 'https://example.com/', name: 'Site', description: 'About' })).toMatchObject({
      '@type': 'WebSite',
      url: 'https://example.com/',
    });
  });
});

describe('breadcrumbLd', () => {
  it('numbers the crumbs from one', () => {
    const data = breadcrumbLd([
      { label: 'Guide', url: 'https://example.com/' },
      { label: 'Open-back', url: 'https://example.com/designs/open/' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Guide', item: 'https://example.com/' },
      { '@type': 'ListItem', position: 2, name: 'Open-back', item: 'https://example.com/designs/open/' },
    ]);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it is placed in', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});
