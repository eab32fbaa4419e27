/** The production build the dist checks read: dist/, or OUT_DIR when set. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listPages } from '../../scripts/lib/dist.ts';

export const DIST = resolve(import.meta.dirname, '..', '..', process.env.OUT_DIR ?? 'dist');

if (!existsSync(resolve(DIST, 'index.html'))) {
  throw new Error(`No build in ${DIST}: run \`npm run build\` before \`npm run test:dist\`.`);
}

/** Every page of the build, read from the folder so a new page is checked too. */
export const PAGES = listPages(DIST);

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
