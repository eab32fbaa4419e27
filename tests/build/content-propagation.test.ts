/**
 * One edit in a content file must reach every table, chart and page that shows it,
 * with no other change: the comparison tables, the chart's data table, the pair pages
 * and the design's own page all read the same frontmatter.
 *
 * The same build shows the fixture content builds cleanly (so each failure in
 * content-errors.test.ts comes from its own edit), and what a first build without
 * SITE_URL prints and writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/head/siteUrl';
import { buildFixture, replaceIn } from './buildFixture';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a content edit', () => {
  const build = buildFixture(
    (dir) => {
      // Closed-back's soundstage goes from 2 to 3, and it gains a new pro.
      replaceIn(dir, 'designs/closed.mdx', /(soundstage:\n\s+score: )2/, '$13');
      replaceIn(
        dir,
        'designs/closed.mdx',
        'Fixture reason for soundstage of closed.',
        'Edited soundstage reason.',
      );
      replaceIn(
        dir,
        'designs/closed.mdx',
        'pros:\n',
        'pros:\n  - id: closed-edited-pro\n    text: A pro added by the edit\n    aspect: comfort\n',
      );
    },
    // Built without SITE_URL, as a first `npm run build` would be.
    { env: { SITE_URL: '' } },
  );

  it('builds without errors', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok, build.output).toBe(true);
  });

  it('prints one warning, naming SITE_URL and the placeholder it used, and no other', () => {
    // Only the one known-harmless Rolldown warning is filtered (astro.config.mjs); any other shows here.
    const warnings = build.output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SITE_URL');
    expect(warnings[0]).toContain(PLACEHOLDER_SITE);
  });

  it('gives the 404 page no canonical address, since it answers at every unknown one', () => {
    const html = readFileSync(join(build.dist, '404.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });

  it.each(['/compare/', '/compare/closed-vs-open/', '/compare/closed-vs-semi-open/'])(
    'changes the rating in the comparison table on %s',
    (path) => {
      const html = page(build.dist, path);
      const row = /<tr[^>]*data-attribute="soundstage"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
      const cell = /<td[^>]*data-design="closed"[^>]*>([\s\S]*?)<\/td>/.exec(row)?.[1] ?? '';
      expect(cell).toContain('3 of 5');
      expect(cell).toContain('Edited soundstage reason.');
    },
  );

  it('changes the number in the ratings chart and its data table', () => {
    const html = page(build.dist, '/compare/');
    expect(html).toMatch(/Soundstage<\/th>\s*<td[^>]*>3<\/td>/);
  });

  it.each(['/', '/designs/closed/', '/compare/closed-vs-open/'])('shows the new pro on %s', (path) => {
    expect(page(build.dist, path)).toContain('A pro added by the edit');
  });
});
