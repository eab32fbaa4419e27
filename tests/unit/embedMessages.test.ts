import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heightOf } from '../../src/lib/embed/height';
import { heightMessage, parentOrigin } from '../../src/lib/embed/messages';

describe('the height message', () => {
  it('is understood by the host exactly as the frame sends it, rounded up to whole pixels', () => {
    for (const height of [1, 287.2, 1739, 3046.5])
      expect(heightOf(heightMessage(height, 'a1b2'), 'a1b2')).toBe(Math.ceil(height));
  });

  it('is refused by the host of another frame, whose token differs', () => {
    expect(heightOf(heightMessage(500, 'a1b2'), 'c3d4')).toBeUndefined();
  });

  it('is refused when it carries no token, as from a frame the host did not make', () => {
    expect(heightOf(heightMessage(500), 'a1b2')).toBeUndefined();
    expect(heightOf({ type: 'open-or-closed:height', height: 500 }, 'a1b2')).toBeUndefined();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'open-or-closed:height'],
    ['another type', { type: 'resize', height: 500, token: 'a1b2' }],
    ['a token as a number', { type: 'open-or-closed:height', height: 500, token: 1 }],
    ['a height as text', { type: 'open-or-closed:height', height: '500' }],
    ['no height', { type: 'open-or-closed:height' }],
    ['zero', { type: 'open-or-closed:height', height: 0 }],
    ['a negative height', { type: 'open-or-closed:height', height: -10 }],
    ['an absurd height', { type: 'open-or-closed:height', height: 1e9 }],
    ['infinity', { type: 'open-or-closed:height', height: Infinity }],
    ['not a number', { type: 'open-or-closed:height', height: NaN }],
  ])('is refused when it carries %s', (_name, data) => {
    expect(heightOf(data, 'a1b2')).toBeUndefined();
  });
});

describe('parentOrigin', () => {
  it('trusts the browser’s own record of the parent first', () => {
    expect(parentOrigin(['https://host.example'], 'https://other.example/page')).toBe('https://host.example');
  });

  it('falls back to the origin of the referrer', () => {
    expect(parentOrigin(undefined, 'https://host.example/shop/headphones?x=1')).toBe('https://host.example');
  });

  it('gives nothing, so nothing is sent, when the parent cannot be addressed', () => {
    expect(parentOrigin(undefined, '')).toBeUndefined();
    expect(parentOrigin(['null'], 'https://host.example/')).toBeUndefined();
    expect(parentOrigin(undefined, 'not a url')).toBeUndefined();
  });
});

describe('the embed’s forced dark theme', () => {
  /** Custom properties declared in a block of CSS, name to value. */
  const tokens = (css: string) =>
    Object.fromEntries([...css.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
  const block = (css: string, selector: string) => {
    const start = css.indexOf(selector);
    expect(start, selector).toBeGreaterThan(-1);
    return css.slice(start, css.indexOf('}', start));
  };

  it('uses exactly the tokens of the site’s own dark scheme', () => {
    const site = readFileSync('src/styles/global.css', 'utf8');
    const embed = readFileSync('src/styles/embed.css', 'utf8');
    const dark = tokens(block(site, ":root:not([data-theme='light'])"));
    expect(Object.keys(dark).length).toBeGreaterThan(5);
    expect(tokens(block(embed, ":root[data-theme='dark']"))).toEqual(dark);
  });
});
