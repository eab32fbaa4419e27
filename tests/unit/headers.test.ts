import { describe, expect, it } from 'vitest';
import { buildHeadersFile, CSP_DIRECTIVES, HEADER_CSP_DIRECTIVES } from '../../src/lib/http/headers';
import {
  cspFromHtml,
  framableByAnyone,
  headersFor,
  parseHeadersFile,
  patternMatches,
  policiesIn,
} from '../support/headersFile';

describe('cspFromHtml', () => {
  it('reads the policy from the meta tag, unescaping quotes', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;">`;
    expect(cspFromHtml(html)).toBe("default-src 'none'; script-src 'self'");
  });

  it('returns nothing for a page without a policy', () => {
    expect(cspFromHtml('<title>x</title>')).toBeUndefined();
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/no/such/page/', true],
    ['/embed/*', '/embed/picker/', true],
    ['/embed/*', '/embedded/', false],
    ['/_astro/*', '/_astro/a.b.css', true],
    ['/designs/:id/', '/designs/open/', true],
    ['/designs/:id/', '/designs/open/more/', false],
    ['/faq/', '/faq/', true],
    ['/faq/', '/faq', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('parseHeadersFile', () => {
  it('reads rules, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# c\n/*\n  A: 1\n  # c\n  B: x: y\n\n/b/*\n  A: 2\n');
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['A', '1'],
          ['B', 'x: y'],
        ],
      },
      { pattern: '/b/*', headers: [['A', '2']] },
    ]);
  });

  it('refuses a header line that is not Name: value', () => {
    expect(() => parseHeadersFile('/*\n  ! A\n')).toThrow(/line 2/);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile('/*\n  A: 1\n  B: b\n/x/*\n  A: 2\n');

  it('joins the values of every matching rule on Cloudflare', () => {
    expect(headersFor(rules, '/x/y', 'cloudflare').get('a')).toBe('1, 2');
  });

  it('lets the later rule win on Netlify', () => {
    expect(headersFor(rules, '/x/y', 'netlify').get('a')).toBe('2');
  });

  it('keeps headers only one rule sets', () => {
    expect(headersFor(rules, '/x/y', 'netlify').get('b')).toBe('b');
    expect(headersFor(rules, '/other', 'cloudflare').get('a')).toBe('1');
  });
});

describe('framableByAnyone', () => {
  const h = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('is false with X-Frame-Options and no frame-ancestors', () => {
    expect(framableByAnyone(h({ 'x-frame-options': 'DENY' }))).toBe(false);
  });

  it('is true when frame-ancestors * overrides X-Frame-Options', () => {
    expect(
      framableByAnyone(
        h({ 'x-frame-options': 'DENY', 'content-security-policy': "base-uri 'none', frame-ancestors *" }),
      ),
    ).toBe(true);
  });

  it("is false when any policy says frame-ancestors 'none'", () => {
    expect(
      framableByAnyone(h({ 'content-security-policy': "frame-ancestors 'none', frame-ancestors *" })),
    ).toBe(false);
  });

  it('is true with no framing header at all', () => {
    expect(framableByAnyone(h({}))).toBe(true);
  });
});

describe('policiesIn', () => {
  it('splits policies at commas and directives at semicolons', () => {
    expect(policiesIn("a 'x'; b y z, c")).toEqual([
      new Map([
        ['a', "'x'"],
        ['b', 'y z'],
      ]),
      new Map([['c', '']]),
    ]);
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile(buildHeadersFile());

  it('repeats in the header only directives every page declares in its meta policy', () => {
    for (const directive of HEADER_CSP_DIRECTIVES) expect(CSP_DIRECTIVES).toContain(directive);
    expect(HEADER_CSP_DIRECTIVES.join(' ')).not.toMatch(/sha256|script-src|style-src/);
  });

  for (const host of ['netlify', 'cloudflare'] as const) {
    it(`refuses framing of pages and unknown paths but lets anyone frame the embed, on ${host}`, () => {
      for (const path of ['/', '/designs/open/', '/no/such/page/', '/404.html']) {
        expect(framableByAnyone(headersFor(rules, path, host)), path).toBe(false);
      }
      expect(framableByAnyone(headersFor(rules, '/embed/picker/', host))).toBe(true);
    });

    it(`caches hashed assets for a year and nothing else, on ${host}`, () => {
      expect(headersFor(rules, '/_astro/x.css', host).get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(headersFor(rules, '/', host).get('cache-control')).toBeUndefined();
    });
  }
});
