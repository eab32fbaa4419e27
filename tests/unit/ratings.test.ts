import { describe, expect, it } from 'vitest';
import { designPairs, leaders, ratingText, ratingWord } from '../../src/lib/reader/ratings';

describe('ratingWord', () => {
  it.each([
    [1, 'Poor'],
    [2, 'Mediocre'],
    [3, 'Decent'],
    [4, 'Good'],
    [5, 'Great'],
  ])('calls a score of %i "%s"', (score, word) => {
    expect(ratingWord(score)).toBe(word);
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses a score of %s, which is off the scale', (score) => {
    expect(() => ratingWord(score)).toThrow(RangeError);
  });
});

describe('ratingText', () => {
  it('states the score against the top of the scale', () => {
    expect(ratingText(4)).toBe('4 of 5');
  });
});

describe('leaders', () => {
  it('picks the single design with the top score', () => {
    expect(
      leaders([
        { design: 'closed', score: 4 },
        { design: 'semi-open', score: 2 },
        { design: 'open', score: 1 },
      ]),
    ).toEqual(['closed']);
  });

  it('returns every design tied for the top score', () => {
    expect(
      leaders([
        { design: 'closed', score: 4 },
        { design: 'semi-open', score: 4 },
        { design: 'open', score: 3 },
      ]),
    ).toEqual(['closed', 'semi-open']);
  });

  it('returns no leader when every design scores the same', () => {
    expect(
      leaders([
        { design: 'closed', score: 3 },
        { design: 'open', score: 3 },
      ]),
    ).toEqual([]);
  });
});

describe('designPairs', () => {
  it('lists each unordered pair once, in the order given', () => {
    expect(designPairs(['closed', 'semi-open', 'open'])).toEqual([
      ['closed', 'semi-open'],
      ['closed', 'open'],
      ['semi-open', 'open'],
    ]);
  });
});
