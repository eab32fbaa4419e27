/**
 * The guide grew from a short article, and every point it made must still be made on the
 * site. The points and their key terms live as data in tests/fixtures/original-points.yaml;
 * a point is covered when one paragraph holds all its terms, in any words around them, so
 * rewording a sentence never fails this test and dropping a point does. The matching is
 * shown to work, and to fail, on made-up paragraphs first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { coveringUnit, type Point, pointListProblems } from '../../scripts/lib/pointCoverage';
import { contentFiles, proseUnits } from '../../scripts/lib/prose';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, process.env.CONTENT_DIR ?? 'content');

const points = yaml.load(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'original-points.yaml'), 'utf8'),
) as Point[];

/**
 * Every unit of prose in the content. A design's own file speaks of that design without
 * naming it in each line ("Blocks outside noise" under closed-back's cons), so its units
 * carry the design's id.
 */
const units = readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((collection) =>
    contentFiles(join(CONTENT, collection.name)).flatMap(({ name, text }) => {
      const found = proseUnits(name, text);
      const design = name.replace(/\.mdx$/, '');
      return collection.name === 'designs' ? found.map((unit) => `${design}: ${unit}`) : found;
    }),
  );

describe('a point of the article', () => {
  const point: Point = { point: 'Open-backs are more delicate', terms: ['open', 'moisture|dust'] };

  it('is covered by a paragraph holding all its terms, however it is worded', () => {
    const reworded = 'Moisture from sweat can reach an open-back’s driver through the grille.';
    expect(coveringUnit(point, ['Unrelated text.', reworded])).toBe(reworded);
  });

  it('is matched at the start of a word, so "open" does not count inside "reopen"', () => {
    expect(coveringUnit(point, ['Dust can reopen old wounds.'])).toBeUndefined();
  });

  it('is not covered by its terms spread over two paragraphs', () => {
    expect(coveringUnit(point, ['Open-backs breathe.', 'Moisture is bad for drivers.'])).toBeUndefined();
  });
});

describe('the original article', () => {
  it('has its points listed, each with terms that compile', () => {
    expect(points.length).toBeGreaterThan(0);
    expect(pointListProblems(points)).toEqual([]);
  });

  it.each(points)('is still covered: $point', (point) => {
    expect(coveringUnit(point, units), `no paragraph holds all of ${point.terms.join(', ')}`).toBeDefined();
  });
});
