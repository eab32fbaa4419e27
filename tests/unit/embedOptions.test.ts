import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION_KEYS, QUESTIONS } from '../../src/vocabulary';
import { describeProblem, readEmbedOptions } from '../../src/lib/embed/options';
import { parseEmbedOptions } from '../../src/lib/embed/parse';
import {
  DEFAULT_OPTIONS,
  SETTING_NAMES,
  SETTINGS,
  type EmbedOptions,
  type Setting,
} from '../../src/lib/embed/settings';
import { optionEntries } from '../../src/lib/embed/snippets';

/** The picker's real vocabulary, as the host script passes it. */
const VOCABULARY = Object.fromEntries(QUESTION_KEYS.map((q) => [q, Object.keys(QUESTIONS[q].values)]));
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), VOCABULARY);
/** A question and one of its values, whatever the vocabulary holds today. */
const [Q1, Q2] = QUESTION_KEYS as [string, string];
const V1 = VOCABULARY[Q1]![0]!;
const V2 = VOCABULARY[Q2]!.at(-1)!;

describe('parseEmbedOptions', () => {
  it('gives the defaults, and no warning, for no options', () => {
    expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, warnings: [] });
  });

  it('presets any valid answer of any question', () => {
    for (const question of QUESTION_KEYS) {
      for (const value of VOCABULARY[question]!) {
        const { options, warnings } = parse(`${question}=${value}`);
        expect(options.answers).toEqual({ [question]: value });
        expect(warnings).toEqual([]);
      }
    }
  });

  it('hides only questions that are preset, whatever the order of the options', () => {
    expect(parse(`hide=${Q1}&${Q1}=${V1}`).options.hide).toEqual([Q1]);
    expect(parse(`${Q1}=${V1}&hide=${Q1}`).options.hide).toEqual([Q1]);
    const { options, warnings } = parse(`hide=${Q1}`);
    expect(options.hide).toEqual([]);
    expect(warnings.join()).toMatch(new RegExp(`${Q1} is not preset`));
  });

  it('reads several hidden questions separated by spaces or commas, in question order', () => {
    const query = `${Q1}=${V1}&${Q2}=${V2}`;
    expect(parse(`${query}&hide=${Q2},${Q1}`).options.hide).toEqual([Q1, Q2]);
    expect(parse(`${query}&hide=${Q2}+${Q1}`).options.hide).toEqual([Q1, Q2]);
  });

  it('keeps preset answers in question order, however the host wrote them', () => {
    expect(Object.keys(parse(`${Q2}=${V2}&${Q1}=${V1}`).options.answers)).toEqual([Q1, Q2]);
  });

  it('accepts each theme and the usual ways of saying compact', () => {
    for (const theme of ['auto', 'light', 'dark'] as const)
      expect(parse(`theme=${theme}`).options.theme).toBe(theme);
    for (const on of ['compact', 'compact=', 'compact=1', 'compact=true', 'compact=yes'])
      expect(parse(on).options.compact, on).toBe(true);
    for (const off of ['compact=0', 'compact=false', 'compact=no']) {
      expect(parse(off).options.compact, off).toBe(false);
      expect(parse(off).warnings, off).toEqual([]);
    }
  });

  it('reads names in any case, as HTML attributes are', () => {
    expect(parse(`${Q1.toUpperCase()}=${V1}`).options.answers).toEqual({ [Q1]: V1 });
  });

  it.each([
    ['an unknown option', 'colour=red', /"colour" is not an option/],
    [
      'a value a question does not have',
      `${Q1}=nowhere`,
      new RegExp(`${Q1}="nowhere" is ignored: use one of`),
    ],
    ['an unknown theme', 'theme=blue', /theme="blue" is ignored/],
    ['a compact that is neither true nor false', 'compact=maybe', /compact="maybe" is ignored/],
    ['hiding something that is not a question', 'hide=everything', /"everything" is not a question/],
    ['an option given twice', `${Q1}=${V1}&${Q1}=${V1}`, new RegExp(`${Q1} is given more than once`)],
  ])('ignores %s with a warning and keeps the rest', (_name, query, warning) => {
    const { options, warnings } = parse(`${query}&${Q2}=${V2}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(options.answers[Q2 as keyof typeof options.answers]).toBe(V2);
  });

  it('never throws on hostile input, and quotes only the start of a long value', () => {
    const hostile = [
      '__proto__=x&constructor=y&toString=z',
      `${Q1}=__proto__&${Q1}=constructor`,
      'hide=__proto__+constructor+hasOwnProperty',
      `theme=${'x'.repeat(10_000)}`,
      '%E0%A4%A=&=&&==',
      `${'<script>'.repeat(100)}=1`,
    ];
    for (const query of hostile) {
      const { options, warnings } = parse(query);
      expect(Object.getPrototypeOf(options.answers)).toBe(Object.prototype);
      expect(Object.keys(options.answers)).toEqual([]);
      for (const warning of warnings) expect(warning.length).toBeLessThan(200);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('optionEntries and parseEmbedOptions', () => {
  const cases: EmbedOptions[] = [
    DEFAULT_OPTIONS,
    { ...DEFAULT_OPTIONS, answers: { [Q1]: V1 }, theme: 'dark' },
    {
      ...DEFAULT_OPTIONS,
      answers: { [Q1]: V1, [Q2]: V2 },
      hide: [Q2],
      theme: 'light',
      compact: true,
    } as EmbedOptions,
  ];

  it('round-trip: options written out and read back are the same options', () => {
    for (const options of cases) {
      expect(parseEmbedOptions(optionEntries(options), VOCABULARY)).toEqual({ options, warnings: [] });
    }
  });

  it('carry every declared setting away from its default, and read it back', () => {
    for (const name of SETTING_NAMES) {
      const setting: Setting = SETTINGS[name];
      const values: unknown[] =
        setting.kind === 'choice' ? setting.values.slice(1) : setting.kind === 'flag' ? [true] : [[Q1]];
      for (const value of values) {
        const options = { ...DEFAULT_OPTIONS, answers: { [Q1]: V1 }, [name]: value } as EmbedOptions;
        const entries = optionEntries(options);
        expect(
          entries.map(([n]) => n),
          name,
        ).toContain(name);
        expect(parseEmbedOptions(entries, VOCABULARY), name).toEqual({ options, warnings: [] });
      }
    }
  });

  it('leave every default out, so the plainest embed has the plainest address', () => {
    expect(optionEntries(DEFAULT_OPTIONS)).toEqual([]);
  });
});

describe('readEmbedOptions', () => {
  it('reports what it ignored as data, which describeProblem turns into the console sentence', () => {
    const vocabulary = { noise: ['quiet', 'loud'] };
    const { answers, problems } = readEmbedOptions(
      new URLSearchParams('noise=loud&noise=quiet&colour=red&theme=blue&hide=use'),
      vocabulary,
      SETTINGS,
    );
    expect(answers).toEqual({ noise: 'loud' });
    expect(problems.map((p) => [p.kind, p.name])).toEqual([
      ['twice', 'noise'],
      ['unknown', 'colour'],
      ['value', 'theme'],
      ['not-a-question', 'use'],
    ]);
    expect(problems.map(describeProblem)).toEqual(
      parseEmbedOptions(
        new URLSearchParams('noise=loud&noise=quiet&colour=red&theme=blue&hide=use'),
        vocabulary,
      ).warnings,
    );
  });
});

describe('a setting declared anywhere', () => {
  it('is read by its kind alone, so a new setting needs no parsing code', () => {
    const settings = {
      accent: { kind: 'choice', values: ['blue', 'red'] },
      border: { kind: 'flag' },
      lock: { kind: 'questions' },
    } as const;
    const vocabulary = { noise: ['quiet', 'loud'], use: ['music', 'gaming'] };
    const read = (query: string) => readEmbedOptions(new URLSearchParams(query), vocabulary, settings);
    expect(read('accent=red&border&lock=use+noise&use=gaming')).toEqual({
      answers: { use: 'gaming' },
      settings: { accent: 'red', border: true, lock: ['use'] },
      problems: [{ kind: 'not-preset', name: 'noise', option: 'lock' }],
    });
    expect(read('accent=green&border=maybe').problems.map(describeProblem)).toEqual([
      'accent="green" is ignored: use one of blue, red.',
      'border="maybe" is ignored: use true or false.',
    ]);
    expect(read('theme=dark').problems).toEqual([{ kind: 'unknown', name: 'theme' }]);
  });
});

describe("the README's option table", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  /** Each row's first cell's attribute names (`data-theme`) and its second cell. */
  const rows = readme
    .split('\n')
    .filter((line) => line.startsWith('| `data-'))
    .map((line) => {
      const [names = '', values = ''] = line.split('|').slice(1, 3);
      return { names: [...names.matchAll(/`data-([a-z-]+)`/g)].map((m) => m[1]!), values };
    });

  it('has a row for every setting, naming every value of a choice', () => {
    for (const name of SETTING_NAMES) {
      const row = rows.find((r) => r.names.includes(name));
      expect(row, `a README row for data-${name}`).toBeDefined();
      const setting: Setting = SETTINGS[name];
      if (setting.kind === 'choice')
        for (const value of setting.values)
          expect(row!.values, `${name}: ${value}`).toContain(`\`${value}\``);
    }
  });

  it('has no row for an option that does not exist', () => {
    for (const { names } of rows)
      for (const name of names)
        expect(
          (SETTING_NAMES as string[]).includes(name) || (QUESTION_KEYS as string[]).includes(name),
          `data-${name}`,
        ).toBe(true);
  });
});
