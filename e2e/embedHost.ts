/**
 * A host page on another origin, for the embed's browser tests. The host is a real HTTP
 * server on its own port (http://localhost:PORT), serving the pages each test registers
 * under a strict Content-Security-Policy. The site is reached at its public address (the
 * one in the code /embed/ hands out, from astro config `site`): every request to that
 * origin is answered by the preview server the tests run against, so the code is pasted
 * exactly as /embed/ shows it, and the frame, its messages and its new tabs all carry
 * the site's real origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';

export interface Host {
  origin: string;
  /** Serves `body` at `path` on the host and returns its address. */
  page(path: string, body: string): string;
  close(): Promise<void>;
}

/** A host policy as strict as they come: scripts and frames from the site only, nothing inline. */
export function strictPolicy(site: string): string {
  return [
    "default-src 'none'",
    `script-src ${site}`,
    `frame-src ${site}`,
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export async function startHost(site: string): Promise<Host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': strictPolicy(site),
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" and the site's own address are different origins, as a real host's would be.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, body) {
      pages.set(path, body);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A host page around the pasted code: a heading, the code, a closing paragraph. */
export function hostPage(code: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A shop's page</title></head><body><h1>Gaming headsets</h1><p>Not sure which design suits you? Ask the picker.</p>\n${code}\n<p>The end of the host's page.</p></body></html>`;
}

/** Answers every request to the site's public origin from the preview server. */
export async function serveSiteFrom(context: BrowserContext, site: string, baseURL: string): Promise<void> {
  await context.route(`${site}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** The code /embed/ shows, read from the built page in a browser: `script` or `iframe`. */
export async function snippetFromEmbedPage(page: Page, kind: 'script' | 'iframe'): Promise<string> {
  return (await page.locator(`[data-snippet="${kind}"] code`).textContent()) ?? '';
}

/** The origin the code points at: the site's public address. */
export function siteOf(code: string): string {
  const src = /src="([^"]+)"/.exec(code)?.[1];
  if (!src) throw new Error(`No src in the embed code: ${code}`);
  return new URL(src).origin;
}

/** Records Content-Security-Policy violations in every document of the page, host and frames. */
export async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${location.origin}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export async function policyViolations(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export interface FrameFit {
  /** The iframe's height on the host page. */
  frame: number;
  /** The height of the page inside it. */
  content: number;
  /** The page inside scrolls (vertically or sideways): it has a scroll bar. */
  scrolls: boolean;
}

/** How the frame's height compares with its content's, measured on both sides. */
export async function measure(iframe: Locator): Promise<FrameFit> {
  const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await contentOf(iframe);
  const content = await inner.evaluate(() => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      scrolls:
        root.scrollHeight > root.clientHeight ||
        root.scrollWidth > root.clientWidth ||
        innerWidth > root.clientWidth,
    };
  });
  return { frame: frameHeight, ...content };
}

/** The document inside an iframe element, once it has loaded the picker. */
export async function contentOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('The iframe has no document');
  await frame.waitForSelector('design-picker:defined');
  return frame;
}
