/**
 * The guide grew from a short article, and every point it made must still be findable
 * on the site, in the guide's own words. The points live as data in
 * tests/fixtures/original-points.yaml; this test checks the content covers each one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

interface Point {
  point: string;
  pattern: string;
}

const points = yaml.load(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'original-points.yaml'), 'utf8'),
) as Point[];

/** All the site's words: every content file, front matter and body, as one text. */
const site = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name))
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
  .join('\n')
  .replace(/\s+/g, ' ');

describe('the original article', () => {
  it('has its points listed, each with a pattern that compiles', () => {
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(() => new RegExp(p.pattern, 'i'), p.point).not.toThrow();
  });

  it.each(points)('is still covered: $point', ({ pattern }) => {
    expect(site).toMatch(new RegExp(pattern, 'i'));
  });
});
