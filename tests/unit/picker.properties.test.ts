/**
 * The picker's contract (the doc comment of src/lib/picker/rules.ts), checked over every set
 * of answers there is: each of the seven questions answered with each value or left out,
 * 20,736 sets. Exhaustive, so no sampled repeat of these checks is needed; fast-check
 * covers only what cannot be enumerated (hostile input and arbitrary catalogs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_IDS,
  QUESTION_KEYS,
  VERDICT_IDS,
  answerValues,
  type Answers,
  type DesignId,
} from '../../src/vocabulary';
import type { Catalog } from '../../src/lib/picker/catalog';
import {
  RULES,
  counted,
  parseAnswers,
  recommend,
  toQuery,
  type Recommendation,
} from '../../src/lib/picker/rules';
import { WORDS, type Said } from '../../src/lib/picker/words';
import { CATALOG, MODELS, realCatalog } from './fixtures/catalog';
import { rankingBreaks } from './rankingRules';
import { needsOf } from '../../src/lib/models/rank';

/** Every set of answers: each question answered with each value, or left out. */
function everyAnswerSet(): Answers[] {
  let sets: Record<string, string>[] = [{}];
  for (const question of QUESTION_KEYS) {
    const options = [undefined, ...answerValues(question)];
    sets = sets.flatMap((set) => options.map((v) => (v ? { ...set, [question]: v } : set)));
  }
  return sets as Answers[];
}

const SETS = everyAnswerSet();
const catalogs: [string, Catalog][] = [['the fixture catalog', CATALOG]];
const real = realCatalog();
if (real) catalogs.push(['the real content', real]);

const rulesOf = (answers: Answers) =>
  counted(answers).map(([q, v]) => (RULES[q] as Record<string, (typeof RULES)['place']['home']>)[v] ?? {});
const ruledOut = (answers: Answers) => new Set(rulesOf(answers).flatMap((r) => r.avoid ?? []));
const avoided = (result: Recommendation) =>
  new Set(result.ranking.filter((r) => r.verdict === 'avoid').map((r) => r.design));
const without = (answers: Answers, question: keyof Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([q]) => q !== question));
/** The sentence a reason was made from, with its `unless` list. */
const sentenceOf = (q: string, v: string, effect: 'for' | 'against', d: DesignId): Said | undefined =>
  WORDS.answers[q]?.[v]?.[effect]?.[d];

describe.each(catalogs)('over every answer set, on %s', (_, catalog) => {
  const results = new Map(SETS.map((a) => [toQuery(a), recommend(a, catalog)]));
  const resultOf = (a: Answers) => results.get(toQuery(a)) as Recommendation;
  /**
   * Runs a check over every answer set and reports the first few sets that break it;
   * one assertion per property keeps 20,736 sets fast.
   */
  function everySet(check: (a: Answers, r: Recommendation, fail: (why: string) => void) => void) {
    const failures: string[] = [];
    for (const a of SETS) {
      if (failures.length >= 5) break;
      check(a, resultOf(a), (why) => failures.push(`?${toQuery(a)}: ${why}`));
    }
    expect(failures).toEqual([]);
  }
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

  it('covers every answer set once', () => {
    expect(SETS).toHaveLength(QUESTION_KEYS.reduce((n, q) => n * (answerValues(q).length + 1), 1));
    expect(results.size).toBe(SETS.length);
  });

  it('ranks all three designs in the order the vocabulary lists the verdicts, the first shown as the winner', () => {
    everySet((_a, r, fail) => {
      const order = r.ranking.map((x) => VERDICT_IDS.indexOf(x.verdict));
      if (!same(r.ranking.map((x) => x.design).sort(), [...DESIGN_IDS].sort())) fail('not all three designs');
      if (!same(order, [...order].sort())) fail(`order ${order.join()}`);
      if (r.ranking[0]?.verdict !== 'best' || r.winner !== r.ranking[0]?.design)
        fail('winner not first and best');
    });
  });

  it('marks a design avoid exactly where a stated rule applies, and never closed-back', () => {
    everySet((a, r, fail) => {
      if (!same([...avoided(r)].sort(), [...ruledOut(a)].sort())) fail(`avoids ${[...avoided(r)].join()}`);
      if (avoided(r).has('closed')) fail('avoids closed');
    });
  });

  it('gives every avoid the rule behind it as its reason', () => {
    everySet((a, r, fail) => {
      for (const design of avoided(r)) {
        const against = r.reasons.filter((x) => x.design === design && x.effect === 'against');
        if (!against.length) fail(`no reason against ${design}`);
        for (const reason of against) {
          const rule = (RULES[reason.question as 'place'] as Record<string, { avoid?: readonly DesignId[] }>)[
            reason.value ?? ''
          ];
          if (a[reason.question as 'place'] !== reason.value || !rule?.avoid?.includes(design))
            fail(`"${reason.text}" is not the rule against ${design}`);
        }
      }
    });
  });

  it('shows an exact tie as a tie: two or more designs best, margin "tie", each with its reasons', () => {
    everySet((_a, r, fail) => {
      const best = r.ranking.filter((x) => x.verdict === 'best');
      if (best.length > 1 !== (r.margin === 'tie')) fail(`${best.length} best, margin ${r.margin}`);
      if (r.margin === 'tie')
        for (const b of best)
          if (!r.reasons.some((x) => x.design === b.design && x.effect === 'for'))
            fail(`no reason for ${b.design}`);
    });
  });

  it('falls back to closed-back, saying why, only when no answer rules out or leans', () => {
    everySet((a, r, fail) => {
      const decides = rulesOf(a).some((rule) => rule.avoid || rule.lean);
      if ((r.margin === 'none') !== !decides) fail(`margin ${r.margin}`);
      if (!decides) {
        if (
          !same(
            r.ranking.map((x) => x.verdict),
            ['best', 'fine', 'fine'],
          ) ||
          r.winner !== 'closed'
        )
          fail('default is not closed-back best, others fine');
        if (
          r.reasons.length !== 1 ||
          !r.reasons[0]?.text.toLowerCase().includes(WORDS.fallback.toLowerCase())
        )
          fail('default does not say why');
      }
    });
  });

  it('gives every result a reason, each naming its answer in words and pointing the way of the verdict', () => {
    everySet((a, r, fail) => {
      if (!r.reasons.length) fail('no reasons');
      for (const reason of r.reasons) {
        const verdict = r.ranking.find((x) => x.design === reason.design)?.verdict;
        if (verdict !== (reason.effect === 'for' ? 'best' : 'avoid'))
          fail(`"${reason.text}" is ${reason.effect} a design that is ${verdict}`);
        if (/you chose/i.test(reason.text)) fail(`"${reason.text}" says "you chose"`);
        if (reason.question === undefined) {
          // Only the default may name no answer, and only when nothing but the budget was answered.
          if (r.margin !== 'none' || counted(a).some(([q]) => q !== 'budget'))
            fail(`"${reason.text}" names no answer`);
          continue;
        }
        const said = WORDS.answers[reason.question]?.[reason.value ?? '']?.said;
        if (a[reason.question] !== reason.value || !said || !reason.text.startsWith(`You said ${said}`))
          fail(`"${reason.text}" does not name the answer ${reason.question}=${reason.value}`);
      }
      if (new Set(r.reasons.map((x) => x.text)).size !== r.reasons.length) fail('a reason is repeated');
    });
  });

  it('never gives a reason that contradicts an answer (the contradiction pairs next to each sentence)', () => {
    let checked = 0;
    everySet((a, r, fail) => {
      const answered = new Set(Object.entries(a).map(([q, v]) => `${q}=${v}`));
      for (const reason of r.reasons) {
        if (r.margin === 'none' || !reason.question) continue;
        const sentence = sentenceOf(reason.question, reason.value ?? '', reason.effect, reason.design);
        if (!sentence) fail(`"${reason.text}" has no sentence in src/lib/picker/words.ts`);
        for (const pair of sentence?.unless ?? [])
          if (answered.has(pair)) fail(`"${reason.text}" contradicts ${pair}`);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(SETS.length);
  });

  it('lets the monitors answer change nothing unless the use is mixing or critical listening', () => {
    everySet((a, r, fail) => {
      if (a.monitors || a.use === 'critical') return;
      for (const monitors of ['yes', 'no'] as const)
        if (!same(resultOf({ ...a, monitors }), r)) fail(`monitors=${monitors} changes the result`);
    });
  });

  it('lets the budget change only the example models, never a verdict, the margin or a reason', () => {
    everySet((a, r, fail) => {
      if (a.budget) return;
      for (const budget of ['low', 'mid', 'high'] as const) {
        const other = resultOf({ ...a, budget });
        if (!same([other.ranking, other.margin, other.reasons], [r.ranking, r.margin, r.reasons]))
          fail(`budget=${budget} changes more than the models`);
      }
    });
  });

  it('never turns a rule’s avoid into anything else when an answer is added', () => {
    everySet((a, r, fail) => {
      const now = avoided(r);
      for (const q of QUESTION_KEYS) {
        if (!a[q]) continue;
        for (const design of avoided(resultOf(without(a, q))))
          if (!now.has(design)) fail(`adding ${q}=${a[q]} turns ${design} from avoid`);
      }
    });
  });

  it('shows models that keep the ranking rules: best designs, must-haves first, a need met never below one missed, the in-ear alternative where asked', () => {
    everySet((a, r, fail) => {
      const best = r.ranking.filter((x) => x.verdict === 'best').map((x) => x.design);
      for (const why of rankingBreaks(catalog.models, needsOf(a, catalog.needs), best, r)) fail(why);
    });
  });
});

describe('recommend on input it cannot enumerate', () => {
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

  it('never throws on hostile answers, and answers as for the valid part of them', () => {
    const hostile = fc.oneof(fc.dictionary(keyArb, fc.oneof(valueArb, fc.anything())), fc.anything());
    fc.assert(
      fc.property(hostile, (answers) => {
        expect(recommend(answers as Answers, CATALOG)).toEqual(
          recommend(parseAnswers(answers as Answers), CATALOG),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('decides the same verdicts on any selection of models and designs’ names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETS), fc.subarray(MODELS), (answers, models) => {
        const catalog = { ...CATALOG, models };
        expect(recommend(answers, catalog).ranking).toEqual(recommend(answers, CATALOG).ranking);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same answers whatever order the query parameters are in, among unknown ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETS),
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 }),
        (answers, junk) => {
          const entries = [
            ...Object.entries(answers),
            ...junk.filter(([k]) => !QUESTION_KEYS.includes(k as never)),
          ];
          const reversed = new URLSearchParams([...entries].reverse() as [string, string][]);
          expect(parseAnswers(new URLSearchParams(entries as [string, string][]))).toEqual(answers);
          expect(parseAnswers(reversed)).toEqual(answers);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips every answer set through toQuery and parseAnswers', () => {
    for (const a of SETS) expect(parseAnswers(toQuery(a))).toEqual(a);
  });
});
