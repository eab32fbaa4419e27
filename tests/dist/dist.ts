/** The production build the dist checks read: dist/, or OUT_DIR when set. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { type HTMLElement, parse } from 'node-html-parser';
import { listPages } from '../../scripts/lib/dist.ts';
import type { Catalog } from '../../src/lib/picker/catalog';

export const DIST = resolve(import.meta.dirname, '..', '..', process.env.OUT_DIR ?? 'dist');

if (!existsSync(resolve(DIST, 'index.html'))) {
  throw new Error(`No build in ${DIST}: run \`npm run build\` before \`npm run test:dist\`.`);
}

/** Every page of the build, read from the folder so a new page is checked too. */
export const PAGES = listPages(DIST);

const parsed = new Map<string, HTMLElement>();

/** A built page by its URL path (`/for/`, `/404.html`), parsed once per test file. */
export function pageAt(path: string): HTMLElement {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  const root = parsed.get(file) ?? parse(readFileSync(file, 'utf8'));
  parsed.set(file, root);
  return root;
}

/** The catalog the picker decides with, as the picker page embeds it. */
export const CATALOG = JSON.parse(
  pageAt('/picker/').querySelector('design-picker')!.getAttribute('data-catalog')!,
) as Catalog;

/** The content the build read: content/, or CONTENT_DIR when set. */
export const CONTENT = resolve(import.meta.dirname, '..', '..', process.env.CONTENT_DIR ?? 'content');

/** The front matter of every file in a content collection, with the file's id. */
export function frontMatter<T>(collection: string): (T & { id: string })[] {
  const dir = join(CONTENT, collection);
  return readdirSync(dir)
    .filter((file) => /\.(mdx|yaml)$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = file.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
      return { ...(yaml.load(front) as T), id: file.replace(/\.(mdx|yaml)$/, '') };
    });
}

/** Text as a reader gets it: entities decoded, runs of white space as one space. */
export const textOf = (element: HTMLElement | null | undefined): string =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element is hidden from everyone by its markup (`hidden`, or inside `hidden`/`aria-hidden`). */
export const hiddenByMarkup = (element: HTMLElement): boolean =>
  element.closest('[hidden]') !== null || element.closest('[aria-hidden="true"]') !== null;

/**
 * Every same-site file a built page fetches in CORS mode, which a frame with an opaque
 * origin (WordPress's sandbox) can load only with Access-Control-Allow-Origin: its module
 * scripts and module preloads, the modules they import in turn, and the fonts its styles
 * name. Site paths, without duplicates.
 */
export function corsRequestsOf(html: string): string[] {
  const found = new Set<string>();
  const local = (ref: string, base: string) => {
    const url = new URL(ref, `https://site.invalid${base}`);
    return url.origin === 'https://site.invalid' ? url.pathname : undefined;
  };
  const queue: string[] = [];
  const add = (path: string | undefined) => {
    if (path && !found.has(path)) {
      found.add(path);
      if (path.endsWith('.js')) queue.push(path);
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    add(local(m[1] ?? '', '/'));
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    add(local(m[1] ?? '', '/'));
  for (const m of html.matchAll(/@font-face\s*{[^}]*}/g))
    for (const u of m[0].matchAll(/url\(\s*["']?([^"')]+)/g)) add(local(u[1] ?? '', '/'));
  // Inline module scripts and fetched modules: their static and dynamic imports.
  const imports = (code: string, base: string) => {
    for (const m of code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["']([^"']+\.js)["']/g))
      add(local(m[1] ?? '', base));
  };
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g))
    imports(m[1] ?? '', '/');
  while (queue.length) {
    const path = queue.shift() as string;
    imports(readFileSync(resolve(DIST, `.${path}`), 'utf8'), path);
  }
  return [...found];
}
