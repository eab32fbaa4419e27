/**
 * The shipped nginx config (deploy/nginx/), run by a real nginx over dist/: a page, the
 * embed, an asset, a 404 and a slashless URL each get the right status, every common
 * header, compression and framing. Only the listen address, the root and the snippet's
 * path are changed, in a copy in a temporary folder with its own pid, logs and temp paths.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { freePort } from '../../scripts/lib/ports.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNginxSite } from '../../scripts/lib/nginxSite.ts';
import { ensureNginx } from '../../scripts/lib/system.ts';
import { COMMON_HEADERS, EMBED_SCRIPT_CACHE, IMMUTABLE } from '../../src/lib/http/headers';
import { cspFromHtml, framableByAnyone, policiesIn } from '../support/headersFile';
import { corsRequestsOf, DIST } from './dist';

interface Answer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

let server: ChildProcess | undefined;
let port = 0;
let errors = '';

/** One GET, asking for gzip, following no redirect. */
function get(path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: new Map(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
          ),
          body: Buffer.concat(chunks).toString('latin1'),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const nginx = ensureNginx();
  port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const conf = writeNginxSite({ work, port, root: DIST });
  server = spawn(nginx.path, ['-p', work, '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  for (let tries = 0; ; tries++) {
    try {
      await get('/');
      return;
    } catch {
      if (tries > 100 || server.exitCode !== null) {
        throw new Error(`nginx did not start:\n${errors}\n${readFileSync(join(work, 'error.log'), 'utf8')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(() => {
  server?.kill();
});

/** The headers of COMMON_HEADERS that nginx's snippet must send on every response. */
const COMMON = Object.entries(COMMON_HEADERS).filter(
  ([name]) => !['content-security-policy', 'x-frame-options'].includes(name.toLowerCase()),
);

function expectCommonHeaders(answer: Answer, what: string) {
  for (const [name, value] of COMMON)
    expect(answer.headers.get(name.toLowerCase()), `${what}: ${name}`).toBe(value);
}

/** The header policy never contradicts the page's own <meta> policy (frame-ancestors aside). */
function expectPolicyMatchesMeta(answer: Answer, html: string) {
  const [meta] = policiesIn(cspFromHtml(html));
  for (const policy of policiesIn(answer.headers.get('content-security-policy'))) {
    for (const [name, value] of policy) {
      if (name !== 'frame-ancestors') expect(meta?.get(name), name).toBe(value);
    }
  }
}

const assets = readdirSync(join(DIST, '_astro'));
const asset = (extension: string) => assets.find((f) => f.endsWith(extension));

describe('the nginx config in deploy/nginx, over dist/', () => {
  it('serves a page with every header, compressed, and refuses to be framed', async () => {
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expectCommonHeaders(answer, '/');
    expect(framableByAnyone(answer.headers)).toBe(false);
    expectPolicyMatchesMeta(answer, readFileSync(join(DIST, 'index.html'), 'utf8'));
  });

  it('serves the embed with every header, framable by any site', async () => {
    const answer = await get('/embed/picker/');
    expect(answer.status).toBe(200);
    expectCommonHeaders(answer, '/embed/picker/');
    expect(framableByAnyone(answer.headers)).toBe(true);
    expectPolicyMatchesMeta(answer, readFileSync(join(DIST, 'embed', 'picker', 'index.html'), 'utf8'));
  });

  it('serves a hashed asset compressed, cached for a year, with every header', async () => {
    // Styles are inlined into each page, so the hashed assets are the islands' scripts.
    const script = asset('.js');
    expect(script, 'a script in dist/_astro').toBeTruthy();
    const answer = await get(`/_astro/${script}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/javascript/);
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(answer.headers.get('cache-control')).toBe(IMMUTABLE);
    expectCommonHeaders(answer, script ?? '');
  });

  it('lets a sandboxed frame (an opaque origin) load everything the framed picker fetches in CORS mode', async () => {
    const needed = corsRequestsOf(readFileSync(join(DIST, 'embed', 'picker', 'index.html'), 'utf8'));
    expect(needed.length).toBeGreaterThan(0);
    for (const path of needed) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('lets no other origin read a page, the embed or the embed script', async () => {
    for (const path of ['/', '/embed/picker/', '/embed.js', '/embed/oembed.json']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.has('access-control-allow-origin'), path).toBe(false);
    }
  });

  it('compresses JavaScript, SVG, XML and text too', async () => {
    const paths = [
      ...['.js', '.svg'].map((ext) => asset(ext)).flatMap((f) => (f ? [`/_astro/${f}`] : [])),
      '/favicon.svg',
      '/sitemap-0.xml',
      '/llms.txt',
    ];
    for (const path of paths) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('answers an unknown path with 404.html, every header, and no framing', async () => {
    const answer = await get('/no/such/page/');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expectCommonHeaders(answer, '404');
    expect(framableByAnyone(answer.headers)).toBe(false);
    const plain = await new Promise<string>((done) => {
      request({ host: '127.0.0.1', port, path: '/no/such/page/' }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done(body));
      }).end();
    });
    expect(plain).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });

  it('answers an unknown path under /embed/ with the 404 page, which no site may frame', async () => {
    const answer = await get('/embed/no-such-widget/');
    expect(answer.status).toBe(404);
    expectCommonHeaders(answer, '/embed/ 404');
    expect(framableByAnyone(answer.headers)).toBe(false);
  });

  it('serves /embed.js to any host page with a short cache, never as immutable', async () => {
    const answer = await get('/embed.js');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/javascript/);
    expect(answer.headers.get('cache-control')).toBe(EMBED_SCRIPT_CACHE);
    expect(answer.headers.get('cross-origin-resource-policy')).toBeFalsy();
  });

  it('redirects a slashless directory URL to its one address with a 301', async () => {
    const answer = await get('/picker');
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe('/picker/');
    expectCommonHeaders(answer, '/picker');
  });

  it('never serves the _headers file', async () => {
    const answer = await get('/_headers');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('Strict-Transport-Security');
  });

  it('logged no error', () => {
    expect(errors).toBe('');
  });
});
