/**
 * Ranks models for a situation from what it needs and what each model's sourced facts
 * meet. Pure and small: the server ranks for the situation pages, and the picker's island
 * ranks again in the browser as the reader answers.
 *
 * THE RULES (tests/unit/rankModels.properties.test.ts checks each over generated catalogues):
 * 1. Only models of the designs the situation rates best are shown.
 * 2. Must-haves filter in order: where any remaining model meets one, the others drop out.
 *    So a shown model lacks a must-have only when no model of those designs meets it.
 * 3. The rest rank by their needs in priority order (must-haves, then nice-to-haves, as
 *    listed): at the first need two models differ on, the one that meets it ranks higher.
 *    Ties go to the higher rated attenuation, then to models in the reader's budget, then
 *    to catalog order. The budget never drops a model that fits.
 * 4. Where the situation names an in-ear alternative, the best in-ear model or earbuds of
 *    those designs is named too, unless one is already among the models shown.
 */
import type { Answers, AnswerNeeds, Kind, Need, Needs, Question, Tier } from '../../vocabulary';

// A copy of IN_EAR_KINDS as a literal: importing a value from the vocabulary is fine, but this
// module ships in the picker's island, and the type-only import keeps the bundle to what it uses.
const IN_EAR: readonly Kind[] = ['in-ear', 'earbuds'];

/** The slice of a catalog model the ranking reads. */
export interface Rankable {
  id: string;
  design: string;
  kind?: Kind | undefined;
  tier: Tier;
  /** The needs the model's sourced facts meet, space-separated (kept short for the island). */
  meets: string;
  /** The reason words for each of those needs, in the same order, separated by "|". */
  words: string;
  db?: number | undefined;
}

export interface RankOptions {
  /** The designs the situation rates best. */
  designs: readonly string[];
  /** The reader's budget, as the tiers it allows; empty for no preference. */
  tiers?: readonly Tier[];
}

export interface Ranked<M extends Rankable> {
  model: M;
  /** The needs it meets, in the situation's order: the reasons it was chosen. */
  reasons: Need[];
}

export interface Ranking<M extends Rankable> {
  models: Ranked<M>[];
  alternative?: Ranked<M> | undefined;
}

/** The tiers a picker budget answer allows; none for no preference. */
export const tiersOf = (budget: string | undefined): Tier[] =>
  budget === 'low'
    ? ['budget']
    : budget === 'mid'
      ? ['budget', 'mid']
      : budget === 'high'
        ? ['high-end']
        : [];

/** The words a reader sees for a need a model meets: "noise cancelling", "rated 29 dB". */
export const reasonOf = (m: Rankable, need: Need): string =>
  m.words.split('|')[m.meets.split(' ').indexOf(need)] ?? '';

/**
 * What a set of picker answers needs: the union of each answer's needs in question order
 * (from ANSWER_NEEDS in the vocabulary, which the catalog carries); a need any answer must
 * have is a must-have, and never also a nice-to-have.
 */
export function needsOf(answers: Answers, table: AnswerNeeds): Needs {
  const must: Need[] = [];
  const nice: Need[] = [];
  let alternative = false;
  for (const [q, values] of Object.entries(table)) {
    const value = answers[q as Question];
    const needs = value ? (values as Record<string, Partial<Needs> | undefined>)[value] : undefined;
    must.push(...(needs?.must ?? []));
    nice.push(...(needs?.nice ?? []));
    alternative ||= !!needs?.alternative;
  }
  return {
    must: [...new Set(must)],
    nice: [...new Set(nice)].filter((n) => !must.includes(n)),
    alternative,
  };
}

export const meets = (m: Rankable, need: Need) => ` ${m.meets} `.includes(` ${need} `);

export function rankModels<M extends Rankable>(
  catalog: readonly M[],
  needs: Needs,
  { designs, tiers = [] }: RankOptions,
): Ranking<M> {
  const order = [...new Set([...needs.must, ...needs.nice])];
  const byNeeds = (a: M, b: M) => {
    for (const n of order) {
      const d = Number(meets(b, n)) - Number(meets(a, n));
      if (d) return d;
    }
    return (order.includes('attenuation') ? (b.db ?? 0) - (a.db ?? 0) : 0) || inBudget(b) - inBudget(a);
  };
  const inBudget = (m: M) => Number(!tiers.length || tiers.includes(m.tier));
  const keepMusts = (list: M[]) =>
    needs.must.reduce(
      (left, n) => (left.some((m) => meets(m, n)) ? left.filter((m) => meets(m, n)) : left),
      list,
    );

  // The budget only orders: models in it come first among equals, and none is dropped.
  const ofDesigns = catalog.filter((m) => designs.includes(m.design));
  const pool = keepMusts(ofDesigns).sort(byNeeds);
  const reasons = (m: M) => order.filter((n) => meets(m, n));
  const shown = pool.slice(0, 3);
  const inEar = (m: M) => !!m.kind && IN_EAR.includes(m.kind);
  const alternative =
    needs.alternative && !shown.some(inEar) ? keepMusts(ofDesigns.filter(inEar)).sort(byNeeds)[0] : undefined;
  return {
    models: shown.map((model) => ({ model, reasons: reasons(model) })),
    ...(alternative ? { alternative: { model: alternative, reasons: reasons(alternative) } } : {}),
  };
}
