import { describe, expect, it } from 'vitest';
import { phrasesOf, repeatedPhrases, wordsOf } from '../../src/lib/content/repetition';

describe('wordsOf', () => {
  it.each([
    ['Closed-backs, usually.', ['closed-backs', 'usually']],
    ['It’s 10 dB: half as loud!', ["it's", '10', 'db', 'half', 'as', 'loud']],
    ['  "Quoted"  words ', ['quoted', 'words']],
  ])('splits %j into lowercase words', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('phrasesOf', () => {
  it('lists every run of the given length once', () => {
    expect([...phrasesOf('a b c a b c', 3)]).toEqual(['a b c', 'b c a', 'c a b']);
  });

  it('finds nothing in a text shorter than the phrase', () => {
    expect(phrasesOf('only three words', 4).size).toBe(0);
  });
});

describe('repeatedPhrases', () => {
  const phrase = 'one two three four five six seven eight';
  const page = (id: string, text: string) => ({ id, text });

  it('reports a phrase that appears on more pages than allowed, naming the pages', () => {
    const pages = ['a', 'b', 'c', 'd'].map((id) => page(id, `Intro ${id}. ${phrase}.`));
    expect(repeatedPhrases(pages, 8, 3)).toEqual([{ phrase, pages: ['a', 'b', 'c', 'd'] }]);
  });

  it('allows a phrase on exactly as many pages as the limit', () => {
    const pages = ['a', 'b', 'c'].map((id) => page(id, phrase));
    expect(repeatedPhrases(pages, 8, 3)).toEqual([]);
  });

  it('counts a page once however often the phrase recurs on it', () => {
    const pages = [page('a', `${phrase} ${phrase} ${phrase} ${phrase}`), page('b', phrase)];
    expect(repeatedPhrases(pages, 8, 1)).toEqual([{ phrase, pages: ['a', 'b'] }]);
  });

  it('ignores case and punctuation, as a reader would', () => {
    const pages = [page('a', phrase), page('b', 'One, two; three. Four five SIX seven eight')];
    expect(repeatedPhrases(pages, 8, 1).map((r) => r.phrase)).toEqual([phrase]);
  });
});
