/**
 * The `_headers` file in the build, read as Netlify and Cloudflare Pages read it: few
 * rules whatever the number of pages, lines the hosts accept, every page and every 404
 * protected, and a header policy that never contradicts a page's own <meta> policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspFromHtml,
  framableByAnyone,
  headersFor,
  type Host,
  parseHeadersFile,
  policiesIn,
} from '../support/headersFile';
import { corsRequestsOf, DIST, PAGES } from './dist';

const text = readFileSync(join(DIST, '_headers'), 'utf8');
const rules = parseHeadersFile(text);
const HOSTS: Host[] = ['netlify', 'cloudflare'];
/** Paths served as pages: each directory's index.html, and 404.html for unknown paths. */
const SERVED = PAGES.map((p) => p.path);

describe('dist/_headers', () => {
  it('has at most 20 rules (Cloudflare reads 100 and drops the rest silently)', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(20);
  });

  it('has no line over 2,000 characters (Cloudflare limit)', () => {
    const long = text.split('\n').filter((line) => line.length > 2000);
    expect(long).toEqual([]);
  });

  for (const host of HOSTS) {
    it(`sends the common security headers on every page and on a 404, on ${host}`, () => {
      for (const path of [...SERVED, '/no/such/page/']) {
        const headers = headersFor(rules, path, host);
        expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{7,}/);
        expect(headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(headers.get('referrer-policy'), path).toBeTruthy();
        expect(headers.get('permissions-policy'), path).toContain('camera=()');
        expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      }
    });

    it(`lets other sites frame only the embed, on ${host}`, () => {
      for (const path of [...SERVED, '/no/such/page/']) {
        expect(framableByAnyone(headersFor(rules, path, host)), path).toBe(path.startsWith('/embed/'));
      }
    });

    it(`sends no policy directive that a page's own <meta> policy does not state the same way, on ${host}`, () => {
      for (const page of PAGES) {
        const meta = cspFromHtml(readFileSync(page.file, 'utf8'));
        expect(meta, `${page.path} has no <meta> policy`).toBeTruthy();
        const [metaPolicy] = policiesIn(meta);
        for (const policy of policiesIn(headersFor(rules, page.path, host).get('content-security-policy'))) {
          for (const [name, value] of policy) {
            if (name === 'frame-ancestors') continue; // only a header can say it
            expect(metaPolicy?.get(name), `${page.path}: ${name}`).toBe(value);
          }
        }
      }
    });
  }

  it('lets a sandboxed frame (an opaque origin) load everything the framed picker fetches in CORS mode', () => {
    const needed = corsRequestsOf(readFileSync(join(DIST, 'embed', 'picker', 'index.html'), 'utf8'));
    expect(needed.length, 'the framed picker loads at least its island').toBeGreaterThan(0);
    for (const host of HOSTS)
      for (const path of needed)
        expect(headersFor(rules, path, host).get('access-control-allow-origin'), `${path} on ${host}`).toBe(
          '*',
        );
  });

  it('lets no other origin read the pages, the embed script or the JSON files', () => {
    for (const host of HOSTS)
      for (const path of ['/', '/picker/', '/embed/picker/', '/embed.js', '/embed/oembed.json', '/llms.txt'])
        expect(headersFor(rules, path, host).has('access-control-allow-origin'), `${path} on ${host}`).toBe(
          false,
        );
  });

  it('caches the hashed assets for a year', () => {
    for (const host of HOSTS) {
      expect(headersFor(rules, '/_astro/any.css', host).get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
    }
  });
});
