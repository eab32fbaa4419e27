/**
 * What each built page costs to download. The figure that matters most on a phone is
 * the first response: a page must render from it alone (its CSS inlined, no blocking
 * stylesheet to fetch) and it must fit the first TCP round trip (10 packets of 1,460
 * bytes in the initial congestion window: 14,600 bytes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { fileForPath } from './dist.ts';

export const FIRST_ROUND_TRIP_BYTES = 14_600;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(content: string | Buffer): Sizes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export interface PageWeight {
  /** Brotli bytes of the whole HTML response, inline styles and scripts included. */
  firstResponse: number;
  /** Brotli bytes of the HTML up to the first paragraph in <main>, plus blocking CSS. */
  firstScreen: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** Site paths of the stylesheets (render-blocking ones only) and scripts the page loads. */
  stylesheets: string[];
  scripts: string[];
}

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/** The HTML from its start to the end of the first `</p>` inside `<main>`. */
export function firstScreenHtml(html: string): string {
  const main = html.search(/<main[\s>]/);
  if (main === -1) return html;
  const close = html.indexOf('</p>', main);
  return close === -1 ? html : html.slice(0, close + '</p>'.length);
}

function read(dist: string, urlPath: string): Buffer {
  const file = fileForPath(dist, urlPath, existsSync);
  if (!file) throw new Error(`${urlPath} is referenced but not in the build`);
  return readFileSync(file);
}

/** Weigh one page of a built site. */
export function weighPage(dist: string, html: string): PageWeight {
  const root = parse(html);
  const stylesheets = root
    .querySelectorAll('link[rel~="stylesheet"]')
    .filter((link) => !['print'].includes(link.getAttribute('media') ?? '') && !link.hasAttribute('disabled'))
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'));
  const scripts = root
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src') ?? '')
    .filter((src) => src.startsWith('/'));
  const inlineScripts = root
    .querySelectorAll('script:not([src])')
    .filter(
      (script) =>
        (script.getAttribute('type') ?? 'module') !== 'application/ld+json' &&
        script.getAttribute('type') !== 'application/json',
    )
    .map((script) => script.textContent);

  const modules = withImports(dist, scripts);
  const css = stylesheets.map((href) => sizes(read(dist, href))).reduce(add, ZERO);
  const js = [...modules.map((src) => read(dist, src)), ...inlineScripts.map((s) => Buffer.from(s))]
    .map((buffer) => sizes(buffer))
    .reduce(add, ZERO);
  return {
    firstResponse: sizes(html).brotli,
    firstScreen: sizes(firstScreenHtml(html)).brotli + css.brotli,
    html: sizes(html),
    css,
    js,
    stylesheets,
    scripts: modules,
  };
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g;

/** The scripts plus every module they import, statically or dynamically, once each. */
function withImports(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let src = queue.shift(); src !== undefined; src = queue.shift()) {
    if (seen.has(src)) continue;
    seen.add(src);
    const code = read(dist, src).toString('utf8');
    for (const match of code.matchAll(IMPORT)) {
      if (match[1]) queue.push(new URL(match[1], `http://site${src}`).pathname);
    }
  }
  return [...seen];
}
