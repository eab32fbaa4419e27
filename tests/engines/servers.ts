/**
 * The two origins the engine checks need, both on the loopback interface:
 *
 * - the site: dist/ served as a static host would, with one addition to every HTML page,
 *   a same-origin watch script (allowed by the pages' own script-src 'self') that records
 *   errors, unhandled rejections, console errors and Content-Security-Policy violations
 *   in `window.__problems`. WebKitGTK's driver has no console to read, so the page keeps
 *   its own record, the same way in every engine. Every 4xx the server answers is
 *   recorded too.
 *   It also serves a host page of its own (SAME_ORIGIN_HOST) that embeds the picker.
 * - a host: another origin (127.0.0.2 rather than 127.0.0.1) serving a page that embeds
 *   the picker with /embed.js, under a strict policy, as a site owner would.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const WATCH_PATH = '/__engine-watch.js';
/** A host page served from the site's own origin. */
export const SAME_ORIGIN_HOST = '/__host/';

/** Runs in every page before anything else. Plain script: it is served as it is. */
const WATCH = `(() => {
  const problems = (window.__problems = []);
  const name = (t) => (t && (t.src || t.href || t.tagName)) || 'something';
  addEventListener('error', (e) => problems.push(e.message ? 'error: ' + e.message : 'failed to load ' + name(e.target)), true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));
  const error = console.error.bind(console);
  console.error = (...args) => { problems.push('console.error: ' + args.join(' ')); error(...args); };
})();`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const withWatch = (html: string) => html.replace(/<head>/i, `<head><script src="${WATCH_PATH}"></script>`);

export interface Servers {
  site: string;
  host: string;
  /** The requests answered with 4xx so far, on either origin. */
  failed: string[];
  close(): Promise<void>;
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

/** A host page that embeds the picker from `site` with the code /embed/ hands out. */
export function hostPage(site: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A shop's page</title><script src="${WATCH_PATH}"></script></head><body><h1>Gaming headsets</h1><p>Not sure which design suits you? Ask the picker.</p>
<div data-headphone-picker><a href="${site}/picker/">Headphone picker</a></div>
<script src="${site}/embed.js" async></script>
<p>The end of the host's page.</p></body></html>`;
}

export async function startServers(dist: string): Promise<Servers> {
  const failed: string[] = [];
  const answerFile = (path: string) => {
    const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const site = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site');
    if (pathname === WATCH_PATH) {
      response.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(WATCH);
      return;
    }
    if (pathname === SAME_ORIGIN_HOST) {
      // A page of the site's own origin embedding the picker with /embed.js, where WebKit
      // once reported the frame's messages as the page's own.
      response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(hostPage(siteOrigin));
      return;
    }
    const file = answerFile(pathname);
    if (!file) {
      failed.push(`${pathname} (404)`);
      response
        .writeHead(404, { 'Content-Type': TYPES['.html'] })
        .end(withWatch(readFileSync(join(dist, '404.html'), 'utf8')));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    response
      .writeHead(200, { 'Content-Type': type })
      .end(type.startsWith('text/html') ? withWatch(body.toString()) : body);
  });
  const sitePort = await listen(site, '127.0.0.1');
  const siteOrigin = `http://127.0.0.1:${sitePort}`;

  const host = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    if (pathname === WATCH_PATH) {
      response.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(WATCH);
    } else if (pathname === '/favicon.ico') {
      // Browsers ask for it unbidden; a host with none answers "no content".
      response.writeHead(204).end();
    } else if (pathname === '/') {
      response
        .writeHead(200, {
          'Content-Type': TYPES['.html'],
          'Content-Security-Policy': `default-src 'none'; script-src 'self' ${siteOrigin}; img-src 'self'; frame-src ${siteOrigin}; base-uri 'none'; form-action 'none'`,
        })
        .end(hostPage(siteOrigin));
    } else {
      failed.push(`host ${pathname} (404)`);
      response.writeHead(404).end();
    }
  });
  // Another origin: another loopback address (no name to resolve) and port.
  const hostPort = await listen(host, '127.0.0.2');
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    site: siteOrigin,
    host: `http://127.0.0.2:${hostPort}`,
    failed,
    close: async () => {
      site.closeAllConnections();
      host.closeAllConnections();
      await Promise.all([close(site), close(host)]);
    },
  };
}
