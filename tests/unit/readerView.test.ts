/** The small rules the reader-facing pages follow: card ratings, unbroken names, verdict words. */
import { describe, expect, it } from 'vitest';
import {
  contentHref,
  featuredQuestions,
  keyAttributes,
  pairWins,
  situationReasons,
  bestNames,
  situationVerdict,
  splitHyphenated,
} from '../../src/lib/reader/view';
import { ATTRIBUTE_KEYS, type Attribute } from '../../src/vocabulary';

const ratings = (scores: Partial<Record<Attribute, number>>) => ({
  ratings: Object.fromEntries(ATTRIBUTE_KEYS.map((a) => [a, scores[a] ?? 3])) as Record<Attribute, number>,
});

describe('keyAttributes', () => {
  it('picks the attributes where the designs differ most, widest gap first', () => {
    const designs = [ratings({ isolation: 5, comfort: 2 }), ratings({ isolation: 1, comfort: 4 })];
    expect(keyAttributes(designs, ATTRIBUTE_KEYS, 2)).toEqual(['isolation', 'comfort']);
  });

  it('keeps the given attribute order where gaps tie', () => {
    const designs = [ratings({ bass: 4, leakage: 4 }), ratings({ bass: 2, leakage: 2 })];
    expect(keyAttributes(designs, ATTRIBUTE_KEYS, 2)).toEqual(['leakage', 'bass']);
  });

  it('leaves out attributes on which every design scores the same', () => {
    expect(keyAttributes([ratings({}), ratings({})], ATTRIBUTE_KEYS, 3)).toEqual([]);
  });

  it('returns no more than asked, and nothing for a count of zero or less', () => {
    const designs = [
      ratings({ isolation: 5, bass: 5, comfort: 5 }),
      ratings({ isolation: 1, bass: 1, comfort: 1 }),
    ];
    expect(keyAttributes(designs, ATTRIBUTE_KEYS, 1)).toHaveLength(1);
    expect(keyAttributes(designs, ATTRIBUTE_KEYS, 0)).toEqual([]);
    expect(keyAttributes(designs, ATTRIBUTE_KEYS, -1)).toEqual([]);
  });
});

describe('splitHyphenated', () => {
  it.each([
    'Open-back, closed-back or semi-open headphones?',
    'Headphones for the office: open or closed?',
    '',
    'semi-open',
    'A well-known, high-end pair',
  ])('gives back %j exactly when its parts are joined', (text) => {
    expect(
      splitHyphenated(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('keeps each hyphenated word whole and marks only those', () => {
    expect(splitHyphenated('Closed-back vs semi-open headphones')).toEqual([
      { text: 'Closed-back', keep: true },
      { text: ' vs ', keep: false },
      { text: 'semi-open', keep: true },
      { text: ' headphones', keep: false },
    ]);
  });

  it('treats a dash between spaces as punctuation, not a hyphenated word', () => {
    expect(splitHyphenated('quiet - loud').every((p) => !p.keep)).toBe(true);
  });
});

describe('bestNames', () => {
  it('names one best design as it is', () => {
    expect(bestNames(['Closed-back'])).toBe('Closed-back');
  });
  it('names a tie as a tie, never as one design', () => {
    expect(bestNames(['Closed-back', 'Open-back'])).toBe('Closed-back or open-back');
  });
  it('refuses a result with no best design', () => {
    expect(() => bestNames([])).toThrow();
  });
});

describe('situationVerdict', () => {
  it('states the situation and the design in fixed words, the design lower-cased as in running text', () => {
    expect(situationVerdict('Office', 'Closed-back')).toBe('Office: closed-back');
  });

  it('keeps the situation label as the content writes it', () => {
    expect(situationVerdict('DJing', 'Closed-back')).toBe('DJing: closed-back');
  });
});

describe('situationReasons', () => {
  const name = (id: string) => ({ closed: 'Closed-back', open: 'Open-back' })[id] ?? id;

  it('never addresses the reader: no "you chose" on a page nobody answered', () => {
    const words = situationReasons(
      [
        { design: 'closed', effect: 'for', text: 'People nearby hear little or nothing' },
        { design: 'open', effect: 'against', text: 'Leaks sound' },
      ],
      name,
    );
    expect(words).toEqual(['People nearby hear little or nothing', 'Against open-back: Leaks sound']);
    expect(words.join(' ')).not.toMatch(/you chose/i);
  });

  it('turns the picker\'s "You said …" into a statement of the situation', () => {
    const words = situationReasons(
      [
        {
          design: 'closed',
          effect: 'for',
          text: 'You said it is loud around you: a sealed cup blocks part of it.',
        },
        { design: 'open', effect: 'against', text: 'You said people are nearby: they would hear it.' },
      ],
      name,
    );
    expect(words).toEqual([
      'It is loud around you: a sealed cup blocks part of it.',
      'Against open-back: People are nearby: they would hear it.',
    ]);
    expect(words.join(' ')).not.toMatch(/you said/i);
  });
});

describe('pairWins', () => {
  const situations = [
    { id: 'office', ranking: ['closed', 'semi-open', 'open'] },
    { id: 'home', ranking: ['open', 'semi-open', 'closed'] },
    { id: 'studio', ranking: ['semi-open', 'closed', 'open'] },
  ];

  it('counts a situation for whichever of the two ranks higher, ignoring the third design', () => {
    const wins = pairWins(situations, (s) => s.ranking, 'closed', 'open');
    expect(wins.a.map((s) => s.id)).toEqual(['office', 'studio']);
    expect(wins.b.map((s) => s.id)).toEqual(['home']);
  });

  it('skips a situation whose ranking lacks either design', () => {
    const wins = pairWins([{ id: 'x', ranking: ['closed'] }], (s) => s.ranking, 'closed', 'open');
    expect(wins).toEqual({ a: [], b: [] });
  });
});

describe('featuredQuestions', () => {
  const faq = (order: number) => ({ id: `q${order}`, data: { order } });

  it('takes the first questions in the editors’ order, whatever order they arrive in', () => {
    expect(featuredQuestions([faq(3), faq(1), faq(2)], 2).map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('returns all of them when there are fewer than asked', () => {
    expect(featuredQuestions([faq(1)], 4)).toHaveLength(1);
  });
});

describe('contentHref', () => {
  it.each([
    ['/#studio', '/guide/#studio'],
    ['/#how-they-differ', '/guide/#how-they-differ'],
    ['/', '/'],
    ['/guide/#studio', '/guide/#studio'],
    ['/for/office/', '/for/office/'],
    ['https://example.com/#x', 'https://example.com/#x'],
    ['#local', '#local'],
  ])('sends %s to %s', (href, expected) => {
    expect(contentHref(href)).toBe(expected);
  });
});
