/**
 * No page shows text from the content with a space lost ("BeyerdynamicDT 770 PRO"): the
 * phrases come from content/ (and the labels the code defines), so a new model or
 * situation is checked without anyone listing it. The check itself is proven to fail on
 * a fixture in tests/unit/gluedWords.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { contentPhrases, findGluedNames, findGluedWords, type Phrase } from '../../scripts/lib/gluedWords.ts';
import { QUESTIONS } from '../../src/vocabulary';
import { ATTRIBUTES } from '../../src/vocabulary';
import { PAGES } from './dist';

const CONTENT = resolve(import.meta.dirname, '..', '..', process.env.CONTENT_DIR ?? 'content');
const fromContent = contentPhrases(CONTENT);
const labels: Phrase[] = [
  ...Object.values(ATTRIBUTES).map((text) => ({ text, source: 'src/schemas/designs.ts (ATTRIBUTES)' })),
  ...Object.values(QUESTIONS).flatMap((q) =>
    [q.legend, ...Object.values(q.values)].map((text) => ({
      text,
      source: 'src/vocabulary.ts (QUESTIONS)',
    })),
  ),
].filter((p) => /\s/.test(p.text));
const phrases = [...fromContent.phrases, ...labels];

it('the check has phrases to look for', () => {
  expect(fromContent.phrases.length).toBeGreaterThan(0);
  expect(fromContent.names.length).toBeGreaterThan(0);
});

for (const page of PAGES) {
  it(`${page.path} shows every content phrase with its spaces`, () => {
    const html = readFileSync(page.file, 'utf8');
    const glued = [...findGluedWords(html, phrases), ...findGluedNames(html, fromContent.names)].map(
      (g) => `"${g.found}" should read "${g.phrase.text}" (${g.phrase.source})`,
    );
    expect(glued).toEqual([]);
  });
}
