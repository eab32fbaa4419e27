import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { OEMBED_SIZE, oembedHtml, oembedResponse, WORDPRESS_MAX_HEIGHT } from '../../src/lib/embed/oembed';
import { parseEmbedOptions } from '../../src/lib/embed/parse';

const SITE = 'https://headphones.example.org';
const THUMBNAIL = { path: '/og/picker.png', width: 1200, height: 630 };

/** What WordPress's wp_filter_oembed_result keeps from a provider it does not know. */
const WORDPRESS_KEEPS: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

const elements = (html: string) => parse(html).querySelectorAll('*') as HTMLElement[];

describe('the oEmbed html', () => {
  const html = oembedHtml(SITE);

  it('uses only the tags and attributes WordPress keeps, so nothing is lost on the way', () => {
    for (const element of elements(html)) {
      const tag = element.tagName.toLowerCase();
      expect(Object.keys(WORDPRESS_KEEPS), tag).toContain(tag);
      for (const name of Object.keys(element.attributes))
        expect(WORDPRESS_KEEPS[tag], `${tag} ${name}`).toContain(name);
    }
  });

  it('puts a fallback link in a blockquote before the frame, which is what makes WordPress listen to it', () => {
    expect(html).toMatch(/^<blockquote><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe [^>]*><\/iframe>$/);
    expect(parse(html).querySelector('blockquote a')?.getAttribute('href')).toBe(`${SITE}/picker/`);
  });

  it('frames the compact picker, as wide as its column and no taller than WordPress allows', () => {
    const iframe = parse(html).querySelector('iframe');
    const src = new URL(iframe?.getAttribute('src') ?? '');
    expect(src.origin + src.pathname).toBe(`${SITE}/embed/picker/`);
    const vocabulary = {};
    expect(parseEmbedOptions(src.searchParams, vocabulary).options.compact).toBe(true);
    expect(iframe?.getAttribute('width')).toBe('100%');
    expect(Number(iframe?.getAttribute('height'))).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
    expect(iframe?.getAttribute('title')).toBeTruthy();
  });
});

describe('the oEmbed response', () => {
  const response = oembedResponse(SITE, 'Open or Closed', THUMBNAIL);

  it('carries every field consumers read, with absolute addresses', () => {
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Open or Closed',
      provider_url: `${SITE}/`,
      thumbnail_url: `${SITE}/og/picker.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(response.title).toBeTruthy();
  });

  it('states a size that fits a phone’s post column and WordPress’s height cap', () => {
    expect(response.width).toBe(OEMBED_SIZE.width);
    expect(response.width).toBeLessThan(375);
    expect(response.height).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
    expect(Number(parse(response.html).querySelector('iframe')?.getAttribute('height'))).toBe(
      response.height,
    );
  });
});
