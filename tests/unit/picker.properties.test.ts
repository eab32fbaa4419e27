/**
 * Properties of the picker that must hold for every input, not just the cases the unit
 * tests name: it is total, deterministic, blind to the order answers arrive in, and
 * monotone (more noise, people nearby or a microphone never push it towards open).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESIGN_IDS, QUESTION_KEYS, answerValues, type Answers, type DesignId } from '../../src/lib/answers';
import type { Catalog, CatalogDesign } from '../../src/lib/catalog';
import { WEIGHTS, parseAnswers, recommend, toQuery, type Recommendation } from '../../src/lib/picker';
import { CATALOG, MODELS, POINT_IDS, RATINGS, realCatalog } from './fixtures/catalog';

const RUNS = { numRuns: 500 };

/** Any set of valid answers, each question answered or not. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_KEYS.map((q) => [q, fc.constantFrom(...answerValues(q))])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** Keys and values a URL might carry: the real ones, near misses and junk. */
const keyArb = fc.oneof(
  fc.constantFrom(...QUESTION_KEYS),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'Place', 'noise[]', ''),
  fc.string(),
);
const valueArb = fc.oneof(
  fc.constantFrom(...QUESTION_KEYS.flatMap((q) => answerValues(q))),
  fc.constantFrom('__proto__', 'constructor', 'LOUD', ' quiet', '<script>alert(1)</script>', ''),
  fc.string(),
);

/** A catalog with arbitrary ratings and an arbitrary selection of the points and models. */
const catalogArb: fc.Arbitrary<Catalog> = fc
  .tuple(
    fc.subarray([...DESIGN_IDS]),
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 24, maxLength: 24 }),
    fc.subarray(Object.values(POINT_IDS).flatMap((p) => [...p.pros, ...p.cons])),
    fc.subarray(MODELS),
  )
  .map(([designs, scores, points, models]) => ({
    designs: designs.map((id, d): CatalogDesign => ({
      id,
      name: id,
      shortName: id,
      ratings: Object.fromEntries(
        Object.keys(RATINGS).map((attribute, a) => [attribute, scores[d * 8 + a] ?? 3]),
      ) as CatalogDesign['ratings'],
      points: points
        .filter((p) => p.startsWith(`${id}-`))
        .map((p) => ({ id: p, text: `text ${p}`, kind: POINT_IDS[id].pros.includes(p) ? 'pro' : 'con' })),
    })),
    models,
  }));

const rank = (design: DesignId) => DESIGN_IDS.indexOf(design);

function expectWellFormed(result: Recommendation, catalog: Catalog, answers: Answers) {
  expect(result.ranking.map((r) => r.design).sort()).toEqual([...DESIGN_IDS].sort());
  expect(result.ranking[0]?.design).toBe(result.winner);
  expect(result.ranking.filter((r) => r.verdict === 'best')).toHaveLength(1);
  expect(result.ranking[0]?.verdict).toBe('best');
  const scores = result.ranking.map((r) => r.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const reason of result.reasons) {
    const design = catalog.designs.find((d) => d.id === reason.design);
    const point = design?.points.find((p) => p.id === reason.pointId);
    expect(point?.text).toBe(reason.text);
    expect(point?.kind).toBe(reason.effect === 'for' ? 'pro' : 'con');
    expect(answers[reason.question]).toBe(reason.value);
  }
  expect(result.models.length).toBeLessThanOrEqual(3);
  for (const model of result.models) expect(model.design).toBe(result.winner);
  if (answers.budget === 'low') expect(result.models.every((m) => m.tier === 'budget')).toBe(true);
  if (answers.budget === 'mid') expect(result.models.every((m) => m.tier !== 'high-end')).toBe(true);
  expect(result.margin === 'none').toBe(Object.keys(answers).length === 0);
}

describe('recommend is total', () => {
  it('ranks all three designs, the winner first and alone as best, on the content’s ratings', () => {
    fc.assert(
      fc.property(answersArb, (answers) => expectWellFormed(recommend(answers, CATALOG), CATALOG, answers)),
      RUNS,
    );
  });

  it('does the same on any catalog: arbitrary ratings, missing designs, points or models', () => {
    fc.assert(
      fc.property(answersArb, catalogArb, (answers, catalog) =>
        expectWellFormed(recommend(answers, catalog), catalog, answers),
      ),
      RUNS,
    );
  });

  it('never throws on hostile answers', () => {
    const hostile = fc.oneof(
      fc.dictionary(keyArb, fc.oneof(valueArb, fc.anything())),
      fc.anything(),
    ) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(hostile, (answers) => {
        expectWellFormed(recommend(answers, CATALOG), CATALOG, parseAnswers(answers));
      }),
      RUNS,
    );
  });

  it('ranks every design a rule rules out below every design that is not', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const ruled = new Set(
          QUESTION_KEYS.flatMap((q) => {
            const value = answers[q];
            return value
              ? ((WEIGHTS[q] as Record<string, { avoid?: readonly DesignId[] }>)[value]?.avoid ?? [])
              : [];
          }),
        );
        const verdicts = recommend(answers, CATALOG).ranking.map((r) => ruled.has(r.design));
        expect(verdicts).toEqual([...verdicts].sort((a, b) => Number(a) - Number(b)));
        for (const r of recommend(answers, CATALOG).ranking) {
          if (ruled.has(r.design)) expect(r.verdict).toBe('avoid');
        }
      }),
      RUNS,
    );
  });
});

describe('recommend is deterministic', () => {
  it('gives the same result for the same answers, on a copy of the catalog too', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(recommend(answers, CATALOG)).toEqual(recommend(answers, CATALOG));
        expect(recommend({ ...answers }, structuredClone(CATALOG))).toEqual(recommend(answers, CATALOG));
      }),
      RUNS,
    );
  });
});

/** Answers and the same entries in a shuffled order. */
const shuffledArb = answersArb.chain((answers) => {
  const entries = Object.entries(answers);
  return fc
    .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
    .map((shuffled) => ({ answers, shuffled }));
});

describe('recommend is independent of answer order', () => {
  it('gives the same result whatever order the answer object’s keys are in', () => {
    fc.assert(
      fc.property(shuffledArb, ({ answers, shuffled }) => {
        expect(recommend(Object.fromEntries(shuffled) as Answers, CATALOG)).toEqual(
          recommend(answers, CATALOG),
        );
      }),
      RUNS,
    );
  });

  it('reads the same answers whatever order the query parameters are in, among unknown ones', () => {
    fc.assert(
      fc.property(
        shuffledArb,
        fc.array(fc.tuple(fc.string(), fc.string())),
        ({ answers, shuffled }, junk) => {
          const params = new URLSearchParams([
            ...junk.filter(([k]) => !QUESTION_KEYS.includes(k as never)),
            ...(shuffled as [string, string][]),
          ]);
          const parsed = parseAnswers(params.toString());
          expect(parsed).toEqual(answers);
          expect(recommend(parsed, CATALOG)).toEqual(recommend(answers, CATALOG));
          expect(toQuery(parsed)).toBe(toQuery(answers));
        },
      ),
      RUNS,
    );
  });
});

describe('parseAnswers and toQuery', () => {
  it('round-trip: parseAnswers(toQuery(answers)) equals the answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(parseAnswers(toQuery(answers))).toEqual(answers);
        expect(toQuery(parseAnswers(toQuery(answers)))).toBe(toQuery(answers));
      }),
      RUNS,
    );
  });

  it('keep, for each question, the first valid value among any parameters, and never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb)), (pairs) => {
        const expected: Record<string, string> = {};
        for (const [key, value] of pairs) {
          const question = QUESTION_KEYS.find((q) => q === key);
          if (question && !(question in expected) && answerValues(question).includes(value as never)) {
            expected[question] = value;
          }
        }
        const query = new URLSearchParams(pairs).toString();
        expect(parseAnswers(query)).toEqual(expected);
        expect(parseAnswers(new URLSearchParams(pairs))).toEqual(expected);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('never throw on any string or object, and return only valid answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.object(), fc.dictionary(keyArb, valueArb)), (input) => {
        const answers = parseAnswers(input as Record<string, unknown>) as Record<string, string>;
        for (const [question, value] of Object.entries(answers)) {
          expect(answerValues(question as never)).toContain(value);
        }
      }),
      RUNS,
    );
  });
});

const real = realCatalog();
// On CATALOG, picker.test.ts checks monotonicity over every possible set of answers, so
// sampling it here again would only repeat that; the sample runs on the real content.
const catalogs: [string, Catalog][] = real ? [['the real content', real]] : [];

describe.each(catalogs)('recommend is monotone, on %s', (_, catalog) => {
  const winner = (answers: Answers) => rank(recommend(answers, catalog).winner);

  it('never moves towards open when it gets noisier (quiet, some, loud)', () => {
    const levels = answerValues('noise');
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (answers, i, j) => {
          const [quieter, louder] = [Math.min(i, j), Math.max(i, j)];
          expect(winner({ ...answers, noise: levels[louder] })).toBeLessThanOrEqual(
            winner({ ...answers, noise: levels[quieter] }),
          );
        },
      ),
      RUNS,
    );
  });

  it('never moves towards open when the place becomes an office, a commute or a gym', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom('office', 'travel', 'gym') as fc.Arbitrary<Answers['place']>,
        (answers, place) => {
          expect(winner({ ...answers, place })).toBeLessThanOrEqual(winner(answers));
        },
      ),
      RUNS,
    );
  });

  it('never moves towards open when the use becomes recording', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(winner({ ...answers, use: 'recording' })).toBeLessThanOrEqual(winner(answers));
      }),
      RUNS,
    );
  });
});
