import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, resolveSiteUrl } from '../../src/lib/head/siteUrl';

describe('resolveSiteUrl', () => {
  it('uses the placeholder when SITE_URL is not set, with a warning naming both', () => {
    for (const value of [undefined, '', '  ']) {
      const result = resolveSiteUrl(value);
      expect(result.site).toBe(PLACEHOLDER_SITE);
      expect(result.warning).toContain('SITE_URL');
      expect(result.warning).toContain(PLACEHOLDER_SITE);
    }
  });

  it.each([
    ['https://headphones.example.org', 'https://headphones.example.org'],
    ['https://headphones.example.org/', 'https://headphones.example.org'],
    ['http://localhost:4321', 'http://localhost:4321'],
    [' https://Example.ORG ', 'https://example.org'],
  ])('accepts %s as the origin %s, without a warning', (value, site) => {
    expect(resolveSiteUrl(value)).toEqual({ site });
  });

  it.each([
    'headphones.example.org',
    '/guide',
    'ftp://example.org',
    'mailto:a@example.org',
    'https://',
    'not a url',
  ])('stops on %s, saying an absolute http(s) address is expected', (value) => {
    expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL.*absolute http\(s\) address/s);
  });

  it.each([
    'https://example.org/sub',
    'https://example.org/sub/',
    'https://example.org/?a=1',
    'https://example.org/#x',
  ])('stops on %s, since the site must be served from the root of its domain', (value) => {
    expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL.*root of its domain.*https:\/\/example\.org/s);
  });

  it('stops on an address carrying credentials', () => {
    expect(() => resolveSiteUrl('https://user:pw@example.org')).toThrow(/user name or password/);
  });
});
