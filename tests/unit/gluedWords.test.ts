/** The glued-words check: it finds content phrases that lost a space, and only those. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentPhrases,
  findGluedNames,
  findGluedWords,
  gluedVariants,
  pageText,
} from '../../scripts/lib/gluedWords.ts';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const html = (name: string) => readFileSync(join(FIXTURES, 'glued', name), 'utf8');
const { phrases, names } = contentPhrases(join(FIXTURES, 'content'));

describe('the glued-words check', () => {
  it('reads model names from the content as brand and model together', () => {
    expect(phrases.map((p) => p.text)).toContain('Fixture Open One');
  });

  it('reads hyphenated design names from the content', () => {
    expect(names.map((n) => n.text)).toContain('Open-back');
  });

  it('makes one glued variant for each space in a phrase', () => {
    expect(gluedVariants('Beyerdynamic DT 770 PRO')).toEqual([
      'BeyerdynamicDT 770 PRO',
      'Beyerdynamic DT770 PRO',
      'Beyerdynamic DT 770PRO',
    ]);
    expect(gluedVariants('Gym')).toEqual([]);
  });

  it('fails on a page where a model name lost its space', () => {
    const found = findGluedWords(html('glued.html'), phrases);
    expect(found.map((f) => f.found)).toEqual(['FixtureOpen One']);
    expect(found[0]!.phrase.source).toMatch(/models\/fixture-open\.yaml/);
  });

  it('fails on a page where a word runs into a design name', () => {
    expect(findGluedNames(html('glued.html'), names).map((f) => f.found)).toEqual(['theopen-back']);
  });

  it('passes a page whose spaces are all in place, across inline tags, entities and plurals', () => {
    expect(findGluedWords(html('clean.html'), phrases)).toEqual([]);
    expect(findGluedNames(html('clean.html'), names)).toEqual([]);
  });

  it('ignores attributes and scripts, which a reader never sees', () => {
    expect(pageText(html('glued.html'))).not.toContain('"name"');
  });

  it('treats block tags as word breaks and inline tags as none', () => {
    expect(pageText('<dt>Design</dt><dd>Open-back</dd>')).toBe(' Design Open-back ');
    expect(pageText('the<strong>open</strong>')).toBe('theopen');
  });
});

describe('the glued-words check, on names spelled another way', () => {
  it('does not flag a cited title that writes a model name in its own case', () => {
    const phrase = { text: 'Beyerdynamic DT 990 PRO', source: 'fixture' };
    expect(findGluedWords('<p>An Equalization Circuit for the beyerdynamic DT990 Pro</p>', [phrase])).toEqual(
      [],
    );
    expect(findGluedWords('<p>Beyerdynamic DT990 PRO</p>', [phrase]).map((f) => f.found)).toEqual([
      'Beyerdynamic DT990 PRO',
    ]);
  });
});

describe('the glued-words check, on cited titles', () => {
  it('leaves out the titles of cited works, which keep their publisher’s spelling', () => {
    const phrase = { text: 'Sennheiser HD 600', source: 'fixture' };
    const html =
      '<li><a href="https://example.com/" rel="external">Sennheiser HD600</a>, Publisher.</li><li><cite>Sennheiser HD600</cite></li>';
    expect(findGluedWords(html, [phrase])).toEqual([]);
    expect(findGluedWords('<p><a href="/designs/open/">Sennheiser HD600</a></p>', [phrase])).toHaveLength(1);
  });
});
