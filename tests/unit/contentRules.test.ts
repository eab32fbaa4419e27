/**
 * The editorial rules the build enforces, each shown to pass on a valid set and to name
 * the file and field when broken. The content here is made up for the test: the rules,
 * not today's guide, are under test.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  EDITORIAL_RULES,
  findEditorialProblems,
  headingSlug,
  LIMITS,
  linkTargets,
  type RuleSet,
  wordsIn,
} from '../../src/lib/content/rules';
import { PAGE_TYPES } from '../../src/lib/routes/pages';

// Fresh words on every call, so no two made-up bodies share a phrase the repetition rule would count.
let nextWord = 0;
const words = (n: number) => Array.from({ length: n }, () => `word${nextWord++}`).join(' ');
const TODAY = new Date('2030-06-15');

function entry<D extends object>(id: string, data: D, body?: string) {
  return { id, data, body, filePath: `content/x/${id}` };
}

function design(id: string, order: number, extra: object = {}, body?: string) {
  return entry(
    id,
    { design: id, order, published: new Date('2030-01-01'), ...extra },
    body ?? `## How it works\n\n<CupDiagram design="${id}" />\n\n${words(350)}`,
  );
}

function validSet(): RuleSet {
  return {
    designs: [design('closed', 1), design('semi-open', 2), design('open', 3)],
    guide: [
      entry(
        'answer',
        { order: 1, published: new Date('2030-01-01') },
        'A short direct answer.\n\n### Detail\n\nMore.',
      ),
      entry(
        'more',
        { order: 2, published: new Date('2030-01-01') },
        'See [the FAQ](/faq/#q1) and [a site](https://example.com/).',
      ),
    ],
    models: [entry('m1', { sources: ['src-a'] })],
    faq: [entry('q1', { order: 1 }, 'Backed <Cite id="src-b" />.')],
    glossary: [entry('term', { seeAlso: [] })],
    sources: [entry('src-a', {}), entry('src-b', {}), entry('src-c', {})],
    scenarios: [
      entry('office', { title: 'Office', order: 1, published: new Date('2030-01-01') }, words(200)),
    ],
  };
}

/** A valid set where src-c is cited by a field some other schema may add (a rating's source). */
function withRatingSource(set: RuleSet): RuleSet {
  return {
    ...set,
    designs: [design('closed', 1, { ratings: { bass: { source: 'src-c' } } }), ...set.designs.slice(1)],
  };
}

const check = (set: RuleSet) => findEditorialProblems(set, { today: TODAY });
const fields = (set: RuleSet) => check(set).map((p) => `${p.file} → ${p.field}`);

describe('the editorial rules', () => {
  it('find nothing wrong in a valid set', () => {
    expect(check(withRatingSource(validSet()))).toEqual([]);
  });

  it('reject a file name that is not lowercase words joined by hyphens', () => {
    const set = withRatingSource(validSet());
    set.glossary = [entry('Bad_Term', { seeAlso: [] })];
    expect(fields(set)).toContain('content/x/Bad_Term → file name');
  });

  it('reject a price in a currency in any field, naming the field', () => {
    const set = withRatingSource(validSet());
    set.models = [entry('m1', { sources: ['src-a'], note: 'Sells for $99 at launch.' })];
    expect(fields(set)).toEqual(['content/x/m1 → note']);
  });

  it('reject a price in a body', () => {
    const set = withRatingSource(validSet());
    set.faq = [entry('q1', { order: 1 }, 'About 200 euros. <Cite id="src-b" />')];
    expect(fields(set)).toEqual(['content/x/q1 → body']);
  });

  it('reject an updated date before the published one', () => {
    const set = withRatingSource(validSet());
    set.scenarios = [
      entry(
        'office',
        { title: 'Office', order: 1, published: new Date('2030-02-01'), updated: new Date('2030-01-01') },
        words(200),
      ),
    ];
    expect(fields(set)).toEqual(['content/x/office → updated']);
  });

  it('reject a date later than the day of the build', () => {
    const set = withRatingSource(validSet());
    set.guide = [entry('answer', { order: 1, published: new Date('2031-01-01') }, 'Short.'), set.guide[1]!];
    expect(fields(set)).toEqual(['content/x/answer → published']);
  });

  it('reject a link to another site that is not https', () => {
    const set = withRatingSource(validSet());
    set.faq = [entry('q1', { order: 1 }, '[old](http://example.com/) <Cite id="src-b" />')];
    expect(fields(set)).toEqual(['content/x/q1 → body link']);
  });

  it('reject an internal link to a page or anchor that will not exist, or lacks its trailing slash', () => {
    const set = withRatingSource(validSet());
    set.faq = [
      entry('q1', { order: 1 }, '[a](/faq#q1) [b](/glossary/#nothing) [c](/for/office/) <Cite id="src-b" />'),
    ];
    expect(check(set).map((p) => p.message)).toEqual([
      expect.stringContaining('"/faq#q1"'),
      expect.stringContaining('"/glossary/#nothing"'),
    ]);
  });

  it('reject a guide heading above ###, since the section title is the h2', () => {
    const set = withRatingSource(validSet());
    set.guide = [set.guide[0]!, entry('more', { order: 2, published: new Date('2030-01-01') }, '## Too big')];
    expect(fields(set)).toEqual(['content/x/more → body heading']);
  });

  it('reject a guide heading whose anchor the home page already uses', () => {
    const set = withRatingSource(validSet());
    set.guide = [set.guide[0]!, entry('more', { order: 2, published: new Date('2030-01-01') }, '### Q1')];
    expect(fields(set)).toEqual(['content/x/more → body heading']);
  });

  it('reject a first paragraph longer than a direct answer', () => {
    const set = withRatingSource(validSet());
    set.guide = [
      entry('answer', { order: 1, published: new Date('2030-01-01') }, words(LIMITS.answerWords + 1)),
      set.guide[1]!,
    ];
    expect(fields(set)).toEqual(['content/x/answer → body']);
  });

  it.each([
    ['too short', words(LIMITS.designWords.min - 10)],
    ['too long', words(LIMITS.designWords.max + 10)],
  ])('reject a design body that is %s', (_, prose) => {
    const set = withRatingSource(validSet());
    set.designs = [
      design(
        'closed',
        1,
        { ratings: { bass: { source: 'src-c' } } },
        `## How it works\n\n<CupDiagram design="closed" />\n\n${prose}`,
      ),
      ...set.designs.slice(1),
    ];
    expect(fields(set)).toEqual(['content/x/closed → body']);
  });

  it('reject a design body without its heading and cup diagram', () => {
    const set = withRatingSource(validSet());
    set.designs = [
      design('closed', 1, { ratings: { bass: { source: 'src-c' } } }, words(350)),
      ...set.designs.slice(1),
    ];
    expect(fields(set)).toEqual(['content/x/closed → body', 'content/x/closed → body']);
  });

  it('reject a scenario body outside its range and a title too long for search results', () => {
    const set = withRatingSource(validSet());
    set.scenarios = [
      entry(
        'office',
        { title: 'x'.repeat(LIMITS.scenarioTitle + 1), order: 1, published: new Date('2030-01-01') },
        words(100),
      ),
    ];
    expect(fields(set)).toEqual(['content/x/office → body', 'content/x/office → title']);
  });

  it('reject two designs or scenarios sharing an order', () => {
    const set = withRatingSource(validSet());
    set.scenarios = [
      ...set.scenarios,
      entry('gym', { title: 'Gym', order: 1, published: new Date('2030-01-01') }, words(200)),
    ];
    expect(fields(set)).toEqual(['content/x/gym → order']);
  });

  it('reject designs ordered out of the closed to open spectrum', () => {
    const set = withRatingSource(validSet());
    set.designs = [
      design('closed', 3, { ratings: { bass: { source: 'src-c' } } }),
      design('semi-open', 2),
      design('open', 1),
    ];
    expect(new Set(check(set).map((p) => p.field))).toEqual(new Set(['order']));
  });

  it('reject a glossary term that sends the reader back to itself', () => {
    const set = withRatingSource(validSet());
    set.glossary = [entry('term', { seeAlso: ['term'] })];
    expect(fields(set)).toEqual(['content/x/term → seeAlso[0]']);
  });
  describe('on repeated phrases', () => {
    const { words: size, pages: most } = LIMITS.repeatedPhrase;
    const phrase = Array.from({ length: size }, (_, i) => `shared${i}`).join(' ');
    /** The valid set with the phrase added to the first `count` designs and situations. */
    function withPhraseOn(count: number): RuleSet {
      const set = withRatingSource(validSet());
      const scenarios = Array.from({ length: count }, (_, i) =>
        entry(
          `s${i}`,
          { title: `S${i}`, order: 10 + i, published: new Date('2030-01-01') },
          `${words(200)} ${phrase}.`,
        ),
      );
      return { ...set, scenarios: [...set.scenarios, ...scenarios] };
    }

    it('reject a phrase on more pages than the limit, naming the first file and every page', () => {
      const problems = check(withPhraseOn(most + 1));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'content/x/s0', field: 'body' });
      expect(problems[0]!.message).toContain(phrase);
      for (let i = 0; i <= most; i++) expect(problems[0]!.message).toContain(`content/x/s${i}`);
    });

    it('report a longer shared passage once, counting its other runs', () => {
      const set = withPhraseOn(0);
      const passage = `${phrase} extra0 extra1`;
      set.scenarios = Array.from({ length: most + 1 }, (_, i) =>
        entry(
          `s${i}`,
          { title: `S${i}`, order: 10 + i, published: new Date('2030-01-01') },
          `${words(200)} ${passage}.`,
        ),
      );
      const problems = check(set);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toContain('and 2 more runs');
    });

    it('allow a phrase on as many pages as the limit', () => {
      expect(check(withPhraseOn(most))).toEqual([]);
    });

    it('allow a phrase one word shorter than the limit on every page', () => {
      const short = phrase.split(' ').slice(1).join(' ');
      const set = withPhraseOn(0);
      set.scenarios = Array.from({ length: most + 2 }, (_, i) =>
        entry(
          `s${i}`,
          { title: `S${i}`, order: 10 + i, published: new Date('2030-01-01') },
          `${words(200)} ${short}.`,
        ),
      );
      expect(check(set)).toEqual([]);
    });

    it('count the article, the questions and the glossary each as one page', () => {
      const set = withRatingSource(validSet());
      // The phrase in a string of the data, as in a glossary definition or a question.
      set.guide = set.guide.map((g) => ({ ...g, body: `${g.body}\n\n${phrase}.` }));
      set.faq = [
        entry('q1', { order: 1, question: phrase }, 'Backed <Cite id="src-b" />.'),
        entry('q2', { order: 2, answer: phrase }),
      ];
      set.glossary = [
        entry('term', { seeAlso: [], definition: phrase }),
        entry('other', { seeAlso: [], definition: phrase }),
      ];
      expect(check(set)).toEqual([]);
      set.scenarios = [...set.scenarios.map((s) => ({ ...s, body: `${s.body} ${phrase}.` }))];
      expect(fields(set)).toEqual(['content/x/answer → body']);
    });
  });
});

/** For each rule, the valid set broken in the one way that rule forbids. */
const BREAKS: Record<string, (set: RuleSet) => RuleSet> = {
  'file-name': (set) => ({ ...set, glossary: [entry('Bad_Term', { seeAlso: [] })] }),
  'no-prices': (set) => ({ ...set, models: [entry('m1', { sources: ['src-a'], note: 'Sells for $99.' })] }),
  'dates-not-later': (set) => ({
    ...set,
    guide: [entry('answer', { order: 1, published: new Date('2031-01-01') }, 'Short.'), set.guide[1]!],
  }),
  'updated-after-published': (set) => ({
    ...set,
    scenarios: [
      entry(
        'office',
        { title: 'Office', order: 1, published: new Date('2030-02-01'), updated: new Date('2030-01-01') },
        words(200),
      ),
    ],
  }),
  'link-https': (set) => ({
    ...set,
    faq: [entry('q1', { order: 1 }, '[old](http://example.com/) <Cite id="src-b" />')],
  }),
  'link-target': (set) => ({ ...set, faq: [entry('q1', { order: 1 }, '[a](/faq#q1) <Cite id="src-b" />')] }),
  'guide-heading-level': (set) => ({
    ...set,
    guide: [set.guide[0]!, entry('more', { order: 2, published: new Date('2030-01-01') }, '## Too big')],
  }),
  'guide-heading-anchor': (set) => ({
    ...set,
    guide: [set.guide[0]!, entry('more', { order: 2, published: new Date('2030-01-01') }, '### Q1')],
  }),
  'answer-length': (set) => ({
    ...set,
    guide: [
      entry('answer', { order: 1, published: new Date('2030-01-01') }, words(LIMITS.answerWords + 1)),
      set.guide[1]!,
    ],
  }),
  'design-length': (set) => ({
    ...set,
    designs: [
      design('closed', 1, {}, `## How it works\n\n<CupDiagram design="closed" />\n\n${words(10)}`),
      ...set.designs.slice(1),
    ],
  }),
  'design-parts': (set) => ({
    ...set,
    designs: [design('closed', 1, {}, words(350)), ...set.designs.slice(1)],
  }),
  'scenario-length': (set) => ({
    ...set,
    scenarios: [
      entry('office', { title: 'Office', order: 1, published: new Date('2030-01-01') }, words(100)),
    ],
  }),
  'scenario-title-length': (set) => ({
    ...set,
    scenarios: [
      entry(
        'office',
        { title: 'x'.repeat(LIMITS.scenarioTitle + 1), order: 1, published: new Date('2030-01-01') },
        words(200),
      ),
    ],
  }),
  'order-unique': (set) => ({ ...set, faq: [...set.faq, entry('q2', { order: 1 })] }),
  'design-spectrum': (set) => ({
    ...set,
    designs: [design('closed', 3), design('semi-open', 2), design('open', 1)],
  }),
  'see-also-not-self': (set) => ({ ...set, glossary: [entry('term', { seeAlso: ['term'] })] }),
  'repeated-phrase': (set) => {
    const phrase = Array.from({ length: LIMITS.repeatedPhrase.words }, (_, i) => `shared${i}`).join(' ');
    const scenarios = Array.from({ length: LIMITS.repeatedPhrase.pages + 1 }, (_, i) =>
      entry(
        `s${i}`,
        { title: `S${i}`, order: 10 + i, published: new Date('2030-01-01') },
        `${words(200)} ${phrase}.`,
      ),
    );
    return { ...set, scenarios: [...set.scenarios, ...scenarios] };
  },
};

describe('the registry of editorial rules', () => {
  it('has a fixture that breaks each rule, and no fixture for a rule it does not have', () => {
    expect(Object.keys(BREAKS).sort()).toEqual(EDITORIAL_RULES.map((rule) => rule.id).sort());
  });

  it('gives every rule its own id', () => {
    const ids = EDITORIAL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(EDITORIAL_RULES.map((rule) => [rule.id, rule] as const))(
    '%s finds its broken fixture, naming the file and field, and no other rule does',
    (id) => {
      const problems = check(BREAKS[id]!(withRatingSource(validSet())));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.rule).toBe(id);
        expect(problem.file).toMatch(/^content\//);
        expect(problem.field).not.toBe('');
      }
    },
  );

  it('takes the pages a body may link to from the page registry', () => {
    const targets = linkTargets(validSet());
    for (const { route } of Object.values(PAGE_TYPES)) {
      if (!route.includes('[')) expect(targets).toContain(route);
      else
        expect(
          [...targets].some((t) => t.startsWith(route.slice(0, route.indexOf('['))) && t !== route),
        ).toBe(true);
    }
  });

  it('lists every rule, and only those, in the README by id and description', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // Between its markers, so no other list in the README can pass for it or break it.
    const section = /<!-- editorial-rules:start -->([\s\S]*?)<!-- editorial-rules:end -->/.exec(readme);
    expect(section, 'the README marks the list of editorial rules').not.toBeNull();
    const listed = section![1]!.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toEqual(EDITORIAL_RULES.map((rule) => `- \`${rule.id}\`: ${rule.description}`));
  });
});

describe('wordsIn', () => {
  it('counts prose words, not tags, link targets or Markdown marks', () => {
    expect(wordsIn('## Two words\n\n<Cite id="x" /> [a link](https://example.com/) **bold**')).toBe(5);
  });
});

describe('headingSlug', () => {
  it('gives the anchor MDX gives a heading', () => {
    expect(headingSlug('What about bass?')).toBe('what-about-bass');
  });
});
