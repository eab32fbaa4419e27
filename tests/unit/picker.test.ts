import { describe, expect, it } from 'vitest';
import {
  QUESTION_KEYS,
  answerValues,
  type Answers,
  type DesignId,
  type Question,
} from '../../src/vocabulary';
import {
  RULES,
  parseAnswers,
  recommend,
  toQuery,
  type Recommendation,
  type Rule,
} from '../../src/lib/picker/rules';
import { viewOf } from '../../src/lib/picker/view';
import { WORDS } from '../../src/lib/picker/words';
import { CATALOG } from './fixtures/catalog';

const verdicts = (result: Recommendation) =>
  Object.fromEntries(result.ranking.map((r) => [r.design, r.verdict])) as Record<DesignId, string>;
const run = (answers: Answers) => recommend(answers, CATALOG);
const rowsOf = (question: Question) => Object.entries(RULES[question] as Record<string, Rule>);

/*
 * The cases the issue found wrong, each with the answer an audio engineer gives. The
 * contract itself is checked over every answer set in picker.properties.test.ts.
 */
describe('recommend, on the cases that used to go wrong', () => {
  it('never marks closed-back avoid for critical listening, gaming, a quiet room or no monitors', () => {
    for (const answers of [
      { use: 'critical' },
      { use: 'gaming' },
      { noise: 'quiet' },
      { monitors: 'no' },
    ] as Answers[])
      expect(verdicts(run(answers)).closed, toQuery(answers)).not.toBe('avoid');
  });

  it('recommends open-back for long mixing in a quiet studio, with closed-back still fine', () => {
    expect(verdicts(run({ place: 'studio', noise: 'quiet', use: 'critical', hours: 'long' }))).toEqual({
      open: 'best',
      'semi-open': 'fine',
      closed: 'fine',
    });
  });

  it('shows an exact tie between semi-open and open as a tie, not a win for either', () => {
    const result = run({ hours: 'long' });
    expect(result.margin).toBe('tie');
    expect(verdicts(result)).toEqual({ closed: 'fine', 'semi-open': 'best', open: 'best' });
    expect(viewOf(result, CATALOG, { hours: 'long' }).headline).toBe('Semi-open or open-back');
  });

  it('puts closed-back first for mixing with steady noise around, since noise masks detail, with open-back still fine', () => {
    const answers: Answers = { place: 'studio', noise: 'some', use: 'critical' };
    const result = run(answers);
    expect(verdicts(result)).toEqual({ closed: 'best', 'semi-open': 'fine', open: 'fine' });
    expect(result.margin).not.toBe('tie');
    expect(result.reasons.find((r) => r.design === 'closed')?.text).toMatch(
      /^You said there is some noise around you: /,
    );
  });

  it('keeps closed-back the safe default, saying why, for answers that do not separate the designs', () => {
    for (const answers of [
      {},
      { place: 'home' },
      { use: 'music' },
      { use: 'gaming' },
      { budget: 'high' },
    ] as Answers[]) {
      const result = run(answers);
      expect(result.margin, toQuery(answers)).toBe('none');
      expect(verdicts(result)).toEqual({ closed: 'best', 'semi-open': 'fine', open: 'fine' });
      expect(result.reasons[0]?.text).toMatch(/safe default/);
    }
    expect(run({ place: 'home' }).reasons[0]?.text).toMatch(/^You said you use them at home: /);
  });

  it('does not move music or gaming towards open because there are no monitors', () => {
    expect(run({ use: 'music', monitors: 'no' })).toEqual(run({ use: 'music' }));
    expect(run({ use: 'gaming', monitors: 'no' })).toEqual(run({ use: 'gaming' }));
  });

  it('keeps semi-open and open avoided in an office whatever the budget or session length', () => {
    for (const extra of [
      {},
      { budget: 'low' },
      { hours: 'long' },
      { noise: 'quiet', aware: 'yes' },
    ] as Answers[])
      expect(verdicts(run({ place: 'office', ...extra }))).toEqual({
        closed: 'best',
        'semi-open': 'avoid',
        open: 'avoid',
      });
  });

  it('rules out semi-open and open for DJs, even in a quiet room or for long sessions', () => {
    for (const extra of [{}, { noise: 'quiet' }, { hours: 'long' }] as Answers[]) {
      const result = run({ use: 'dj', ...extra });
      expect(verdicts(result)).toEqual({ closed: 'best', 'semi-open': 'avoid', open: 'avoid' });
      expect(result.reasons.find((r) => r.design === 'open')?.text).toMatch(/^You said you DJ: /);
    }
  });

  it('rules out open-back and semi-open near a live microphone, semi-open unless a silent test take passes', () => {
    for (const extra of [
      {},
      { noise: 'quiet', hours: 'long', aware: 'yes' },
      { place: 'home' },
    ] as Answers[]) {
      const result = run({ use: 'recording', ...extra });
      expect(verdicts(result)).toEqual({ closed: 'best', 'semi-open': 'avoid', open: 'avoid' });
      const against = result.reasons.find((r) => r.design === 'semi-open' && r.effect === 'against');
      expect(against?.text).toMatch(/^You said you record with a microphone: .*unless .*test take/);
    }
  });

  it('names, under closed-back, the sealed kind that fits best where a kind matters more than the design', () => {
    const closedFor = (answers: Answers) =>
      run(answers)
        .reasons.filter((r) => r.design === 'closed' && r.effect === 'for')
        .map((r) => r.text)
        .join(' ');
    expect(closedFor({ place: 'gym' })).toMatch(/earbuds.*over-ear is fine at most/);
    expect(closedFor({ place: 'studio', noise: 'loud', use: 'recording' })).toMatch(
      /ordinary closed-back is often not enough.*isolation.*in-ears/,
    );
    expect(closedFor({ use: 'dj', noise: 'loud' })).not.toMatch(/noise cancelling blocks more/);
  });

  it('never praises isolation to a reader in a quiet room or one who wants to hear the room', () => {
    for (const answers of [
      { noise: 'quiet' },
      { aware: 'yes' },
      { noise: 'quiet', aware: 'yes', use: 'critical' },
    ] as Answers[])
      for (const reason of run(answers).reasons)
        expect(reason.text).not.toMatch(/focus in noise|blocks .* outside noise/);
  });

  it('names the question and the answer in words, never “you chose”', () => {
    const result = run({ noise: 'quiet' });
    expect(result.reasons[0]?.text).toMatch(/^You said it is quiet around you: /);
  });
});

describe('recommend: example models', () => {
  const ids = (r: ReturnType<typeof run>) => r.models.map((x) => x.model.id);

  it('lists noise-cancelling models first for travel, with the words that say why', () => {
    const result = run({ place: 'travel' });
    expect(ids(result)[0]).toBe('anc-travel');
    expect(viewOf(result, CATALOG, {}).models[0]?.reasons).toBe('closed back, noise cancelling, folds');
  });

  it('chooses sweat-rated earbuds for the gym, and leaves velour pads out', () => {
    expect(ids(run({ place: 'gym' }))).toEqual(['sport-buds']);
  });

  it('names an in-ear model as the alternative where it is loud, and none in a quiet room', () => {
    expect(run({ noise: 'loud' }).alternative?.model.id).toBe('in-ear-monitor');
    expect(run({ noise: 'quiet' }).alternative).toBeUndefined();
  });

  it('puts the rated attenuation first where it is loud, highest rating first', () => {
    expect(ids(run({ place: 'studio', noise: 'loud', use: 'recording' })).slice(0, 2)).toEqual([
      'isolation-pair',
      'drum-muffs',
    ]);
  });

  it('puts models in the budget first among equals, and never drops one that fits for it', () => {
    const high = ids(run({ place: 'office', budget: 'high' }));
    const low = ids(run({ place: 'office', budget: 'low' }));
    expect(high).toContain('office-headset');
    expect(low[0]).toBe('office-headset');
  });
});

describe('the rules table', () => {
  it('lists every question, in question order, with every allowed value in order', () => {
    expect(Object.keys(RULES)).toEqual(QUESTION_KEYS);
    for (const q of QUESTION_KEYS) expect(Object.keys(RULES[q])).toEqual(answerValues(q));
  });

  it('never rules out closed-back, so some design is always left', () => {
    for (const q of QUESTION_KEYS)
      for (const [, rule] of rowsOf(q)) expect(rule.avoid ?? []).not.toContain('closed');
  });

  it('has the words for every answer, and a sentence for every design a rule rules out or an answer favours', () => {
    for (const q of QUESTION_KEYS)
      for (const [value, rule] of rowsOf(q)) {
        const words = WORDS.answers[q]?.[value];
        expect(words?.said, `${q}=${value}`).toBeTruthy();
        for (const d of rule.avoid ?? [])
          expect(words?.against?.[d], `${q}=${value} against ${d}`).toBeDefined();
        const lean = rule.lean ?? [0, 0, 0];
        (['closed', 'semi-open', 'open'] as const).forEach((d, i) => {
          if ((lean[i] ?? 0) > Math.min(...lean))
            expect(words?.for?.[d], `${q}=${value} for ${d}`).toBeDefined();
        });
        if (rule.avoid) expect(words?.for?.closed, `${q}=${value} for closed`).toBeDefined();
      }
  });

  it('names only real answers in the contradiction pairs', () => {
    for (const q of QUESTION_KEYS)
      for (const [value] of rowsOf(q))
        for (const side of ['for', 'against'] as const)
          for (const said of Object.values(WORDS.answers[q]?.[value]?.[side] ?? {}))
            for (const pair of said?.unless ?? []) {
              const [uq, uv] = pair.split('=');
              expect(answerValues(uq as Question), pair).toContain(uv);
            }
  });
});

describe('parseAnswers', () => {
  it('reads a query string, with or without the leading "?"', () => {
    expect(parseAnswers('?place=studio&noise=quiet')).toEqual({ place: 'studio', noise: 'quiet' });
    expect(parseAnswers('place=studio&noise=quiet')).toEqual({ place: 'studio', noise: 'quiet' });
  });

  it('reads URLSearchParams and plain objects alike', () => {
    const params = new URLSearchParams({ use: 'dj', budget: 'mid' });
    expect(parseAnswers(params)).toEqual({ use: 'dj', budget: 'mid' });
    expect(parseAnswers({ use: 'dj', budget: 'mid' })).toEqual({ use: 'dj', budget: 'mid' });
  });

  it('ignores unknown questions and unknown values, which count as no preference', () => {
    expect(parseAnswers('colour=red&noise=deafening&place=office&utm_source=x')).toEqual({ place: 'office' });
    expect(parseAnswers({ noise: 'LOUD', use: 3, hours: null, aware: { no: true } })).toEqual({});
  });

  it('ignores markup', () => {
    expect(parseAnswers('place=<script>alert(1)</script>&noise=quiet')).toEqual({ noise: 'quiet' });
    expect(parseAnswers(`use=${encodeURIComponent('<script>alert(1)</script>')}`)).toEqual({});
  });

  it('takes the first valid value of a repeated parameter', () => {
    expect(parseAnswers('noise=bogus&noise=loud&noise=quiet')).toEqual({ noise: 'loud' });
    expect(parseAnswers({ noise: ['bogus', 'some', 'loud'] })).toEqual({ noise: 'some' });
  });

  it('copes with a value a megabyte long', () => {
    const huge = 'x'.repeat(1024 * 1024);
    expect(parseAnswers(`place=${huge}&noise=loud&${huge}=1`)).toEqual({ noise: 'loud' });
    expect(parseAnswers({ place: huge, noise: 'loud' })).toEqual({ noise: 'loud' });
  });

  it('never pollutes a prototype, whatever keys it is given', () => {
    const hostile = [
      '__proto__[polluted]=1',
      '__proto__.polluted=1&constructor[prototype][polluted]=1',
      '__proto__=place&constructor=noise&prototype=loud',
      'place=__proto__&noise=constructor&use=toString&hours=hasOwnProperty',
    ];
    for (const query of hostile) expect(parseAnswers(query)).toEqual({});
    const fromJson = JSON.parse(
      '{"__proto__": {"polluted": 1, "place": "office"}, "constructor": {"prototype": {"polluted": 1}}}',
    ) as Record<string, unknown>;
    const answers = parseAnswers(fromJson);
    expect(answers).toEqual({});
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only the object’s own properties, not inherited ones', () => {
    const inherited = Object.create({ noise: 'loud' }) as Record<string, unknown>;
    inherited.place = 'home';
    expect(parseAnswers(inherited)).toEqual({ place: 'home' });
  });

  it('returns no answers for input that is neither a string nor an object', () => {
    for (const input of [null, undefined, 42, true]) {
      expect(parseAnswers(input as unknown as string)).toEqual({});
    }
  });
});

describe('toQuery', () => {
  it('writes answers in question order, whatever order they were given in', () => {
    expect(toQuery({ budget: 'low', place: 'home', noise: 'quiet' })).toBe(
      'place=home&noise=quiet&budget=low',
    );
  });

  it('leaves out unanswered and invalid answers', () => {
    const answers = { place: undefined, noise: 'quiet', use: 'juggling' } as unknown as Answers;
    expect(toQuery(answers)).toBe('noise=quiet');
    expect(toQuery({})).toBe('');
  });

  it('round-trips through parseAnswers', () => {
    const answers: Answers = {
      place: 'studio',
      noise: 'quiet',
      use: 'critical',
      hours: 'long',
      budget: 'high',
    };
    expect(parseAnswers(toQuery(answers))).toEqual(answers);
  });
});
