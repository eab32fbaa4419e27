import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, type EmbedOptions } from '../../src/lib/embed/settings';
import {
  FRAME_TITLE,
  frameUrl,
  iframeSnippet,
  PLACEHOLDER_ATTRIBUTE,
  scriptSnippet,
} from '../../src/lib/embed/snippets';

const SITE = new URL('https://guide.example/');
const OPTIONS = {
  answers: { use: 'gaming', noise: 'loud' },
  hide: ['use'],
  theme: 'dark',
  compact: true,
} as unknown as EmbedOptions;

describe('frameUrl', () => {
  it('is the bare embed address for the defaults', () => {
    expect(frameUrl(SITE, DEFAULT_OPTIONS)).toBe('https://guide.example/embed/picker/');
  });

  it('carries every option as a query parameter', () => {
    const url = new URL(frameUrl(SITE, OPTIONS));
    expect(url.pathname).toBe('/embed/picker/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      use: 'gaming',
      noise: 'loud',
      hide: 'use',
      theme: 'dark',
      compact: 'true',
    });
  });

  it('leaves out a hidden question that has no preset', () => {
    const url = new URL(frameUrl(SITE, { ...DEFAULT_OPTIONS, hide: ['use'] }));
    expect(url.search).toBe('');
  });
});

describe('scriptSnippet', () => {
  const code = scriptSnippet(SITE, OPTIONS);

  it('is a placeholder holding a link to the picker, and an async script from the site', () => {
    const [placeholder, script] = code.split('\n');
    expect(placeholder).toMatch(new RegExp(`^<div ${PLACEHOLDER_ATTRIBUTE}[ >]`));
    expect(placeholder).toContain('<a href="https://guide.example/picker/">');
    expect(script).toBe('<script src="https://guide.example/embed.js" async></script>');
  });

  it('writes the options as data attributes, compact as a bare one', () => {
    expect(code).toContain(
      'data-use="gaming" data-noise="loud" data-hide="use" data-theme="dark" data-compact>',
    );
  });

  it('has no inline script or style a strict host policy would refuse', () => {
    expect(code).not.toMatch(/style=|on\w+=|javascript:/i);
    expect(code).toMatch(/<script src="[^"]+" async><\/script>$/);
  });
});

describe('iframeSnippet', () => {
  it('is a titled, lazy, full-width iframe with a fixed height and no style attribute', () => {
    const code = iframeSnippet(SITE, DEFAULT_OPTIONS);
    expect(code).toBe(
      `<iframe src="https://guide.example/embed/picker/" title="${FRAME_TITLE}" width="100%" height="900" loading="lazy"></iframe>`,
    );
  });

  it('escapes the ampersands between its query parameters', () => {
    expect(iframeSnippet(SITE, OPTIONS)).toContain('?use=gaming&amp;noise=loud&amp;hide=use');
  });

  it('takes a size in pixels for oEmbed', () => {
    expect(iframeSnippet(SITE, DEFAULT_OPTIONS, { width: 640, height: 900 })).toContain(
      'width="640" height="900"',
    );
  });
});
