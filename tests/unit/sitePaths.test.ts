/**
 * A page's address is written once, in the page registry (src/lib/routes/pages.ts), and
 * built everywhere else with src/lib/routes/urls.ts: a path typed by hand is the one that
 * goes stale when a route moves. A line marked `// site-path-ok` is an exception that
 * says why next to it (a bundle that must not pull in the route code).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoute, PAGE_TYPES } from '../../src/lib/routes/pages';

const ROOT = join(import.meta.dirname, '..', '..');
/** A quoted site path of a page: '/faq/', "/picker/#rules", `/for/`. */
const SITE_PATH = /(["'`])\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]*)?\1/;

const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(?:ts|astro)$/.test(e.name))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)))
  .filter((file) => !file.startsWith(join('src', 'lib', 'routes')));

/** Quoted site paths outside comments, as `file:line: text`. */
export function handWrittenPaths(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      /^\s*(?:\*|\/\/|\/\*\*|\{\/\*)/.test(line) || !SITE_PATH.test(line) || line.includes('// site-path-ok')
        ? []
        : [`${file}:${i + 1}: ${line.trim()}`],
    );
}

describe('site paths', () => {
  it('are written only in the page registry', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.flatMap((file) => handWrittenPaths(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual(
      [],
    );
  });

  it('a path written by hand is found, and one in a comment is not', () => {
    expect(handWrittenPaths('x.astro', '<a href="/faq/">FAQ</a>')).toHaveLength(1);
    expect(handWrittenPaths('x.ts', "const a = '/picker/#rules';")).toHaveLength(1);
    expect(handWrittenPaths('x.ts', ' * See /faq/ for more.')).toEqual([]);
    expect(handWrittenPaths('x.ts', "const icon = '/favicon.svg';")).toEqual([]);
  });

  it.each(Object.entries(PAGE_TYPES))('the %s route has its page in src/pages', (_, { route }) => {
    const path = fillRoute(route, route.match(/\[[a-z]+\]/)?.[0]).replace(/\/$/, '') || '/index';
    const candidates = [`${path}.astro`, `${path}/index.astro`];
    expect(candidates.some((c) => existsSync(join(ROOT, 'src', 'pages', c)))).toBe(true);
  });
});
