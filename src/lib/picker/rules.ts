/**
 * The picker's decision: answers in, designs ranked with verdicts and reasons out.
 *
 * Pure and dependency-free: the same module renders the first result on the server,
 * re-ranks in the browser island (so it must stay tiny), and decides the scenario pages
 * and the comparison matrix, so none of them can disagree.
 *
 * THE CONTRACT (tests check every clause over every answer set):
 *
 * 1. `avoid` only where a rule the guide states applies, and the reason shown for it is
 *    that rule. The rules (RULES in ruleTable.ts, `avoid`): people nearby or a shared room
 *    (place=office), travel, the gym, loud surroundings (noise=loud), DJing and a live
 *    microphone (use=recording) rule out semi-open and open; for semi-open near a
 *    microphone the reason says "unless a silent test take shows no bleed". A rule never
 *    depends on another answer, so adding an answer never loosens one.
 * 2. Every other design is `best` or `fine`. Answers without a rule lean towards designs
 *    by small whole points (`lean`); the designs with the most points among those not
 *    ruled out are `best`, the rest `fine`. An exact tie is a tie: every tied design is
 *    `best` and the margin says 'tie'; no hidden preference breaks it (tied designs are
 *    listed in spectrum order, closed first, which is only an order of display).
 * 3. With no answer that rules out or leans (no answers, or only answers that do not
 *    bear on the design), closed-back is the safe default, margin 'none', and the reason
 *    says why: it suits most listeners indoors and out (RTINGS).
 * 4. An answer counts only where it matters: monitor speakers only when the use is
 *    mixing or critical listening; the budget only chooses example models.
 * 5. Every result has at least one reason. Each names the question and answer that caused
 *    it in words ("You said it is quiet around you: …") and points the same way as the
 *    verdict: 'for' reasons only for `best` designs, 'against' reasons only for `avoid`.
 *    No reason is shown under an answer its sentence would contradict (the `unless`
 *    pairs kept next to each sentence in words.ts).
 *
 * Models: up to three of the best designs that meet what the answers need (ANSWER_NEEDS in
 * the vocabulary), ranked by src/lib/models/rank.ts, each with the needs it meets as its
 * reasons; where cups fit badly (travel, loud surroundings) an in-ear model or earbuds too.
 * The budget chooses among them, and never changes a verdict.
 */
import { VERDICT_IDS, type Answers, type DesignId, type Question, type Verdict } from '../../vocabulary';
import type { Catalog, CatalogModel } from './catalog';
import { counted, parseAnswers, ruleOf } from './answers';
import { DESIGNS } from './ruleTable';

export { DESIGNS, RULES, type Rule, type RuleTable } from './ruleTable';
export { counted, parseAnswers, toQuery } from './answers';
import { needsOf, rankModels, tiersOf, type Ranked as RankedModel } from '../models/rank';

export type { Verdict } from '../../vocabulary';

export interface Reason {
  /** The answer the reason names; left out only by the default for no answers. */
  question?: Question | undefined;
  value?: string | undefined;
  /** The design the reason is about. */
  design: DesignId;
  /** 'for' explains a `best` design, 'against' the rule behind an `avoid`. */
  effect: 'for' | 'against';
  /** One sentence naming the answer: "You said it is quiet around you: …". */
  text: string;
}

export interface Ranked {
  design: DesignId;
  verdict: Verdict;
}

export interface Recommendation {
  /** The design shown first: the best, or the first of tied best designs. */
  winner: DesignId;
  /** Best first, then fine, then avoid; always all three designs. */
  ranking: Ranked[];
  /** 'none': nothing answered bears on the design; 'tie': two or more are best. */
  margin: 'clear' | 'narrow' | 'tie' | 'none';
  /** Never empty. */
  reasons: Reason[];
  /** Up to three models of the best designs that meet what the answers need, with why. */
  models: RankedModel<CatalogModel>[];
  /** An in-ear model or earbuds, where over-ears fit badly (travel, loud surroundings). */
  alternative?: RankedModel<CatalogModel> | undefined;
}

export function recommend(input: Answers, catalog: Catalog): Recommendation {
  const answers = parseAnswers(input);
  const words = catalog.words.answers;
  const given = (pair: string) => {
    const [q, v] = pair.split('=');
    return answers[q as Question] === v;
  };
  const says = (q: Question, v: string, side: 'for' | 'against', d: DesignId) => {
    const w = words[q]?.[v];
    const s = w?.[side]?.[d];
    return w && s && !s.unless?.some(given) ? `You said ${w.said}: ${s.text}` : undefined;
  };

  const active = counted(answers);
  const points = [0, 0, 0];
  const ruled = new Map<DesignId, [Question, string]>();
  let decides = false;
  for (const [q, v] of active) {
    const rule = ruleOf(q, v);
    rule.lean?.forEach((n, i) => (points[i] = (points[i] ?? 0) + n));
    for (const d of rule.avoid ?? []) if (!ruled.has(d)) ruled.set(d, [q, v]);
    if (rule.lean || rule.avoid) decides = true;
  }
  const at = (d: DesignId) => points[DESIGNS.indexOf(d)] ?? 0;
  const allowed = DESIGNS.filter((d) => !ruled.has(d));
  // Closed is never ruled out, so `allowed` is never empty.
  const top = Math.max(...allowed.map(at));
  const best = decides ? allowed.filter((d) => at(d) === top) : (['closed'] as DesignId[]);
  const verdict = (d: DesignId): Verdict => (ruled.has(d) ? 'avoid' : best.includes(d) ? 'best' : 'fine');
  // The vocabulary lists the verdicts best first, so a new one is ranked where it is declared.
  const rank = (d: DesignId) => VERDICT_IDS.indexOf(verdict(d));
  const ranking = [...DESIGNS]
    .sort((a, b) => rank(a) - rank(b) || at(b) - at(a))
    .map((design) => ({ design, verdict: verdict(design) }));
  const winner = ranking[0]?.design ?? 'closed';
  const second = allowed.filter((d) => !best.includes(d)).map(at);

  const reasons: Reason[] = [];
  const add = (q: Question, v: string, d: DesignId, effect: Reason['effect']) => {
    const text = says(q, v, effect, d);
    if (text) reasons.push({ question: q, value: v, design: d, effect, text });
  };
  if (decides) {
    // For each best design: the rules that left it standing, then the answers leaning
    // to it more than to some design it beat, strongest first (the sort is stable).
    for (const d of best) {
      const i = DESIGNS.indexOf(d);
      const strength = (q: Question, v: string) => {
        const rule = ruleOf(q, v);
        return rule.avoid ? 99 : (rule.lean?.[i] ?? 0) - Math.min(...(rule.lean ?? [0]));
      };
      for (const [q, v] of active
        .filter(([q, v]) => strength(q, v) > 0)
        .sort((a, b) => strength(b[0], b[1]) - strength(a[0], a[1])))
        add(q, v, d, 'for');
    }
    for (const [d, [q, v]] of ruled) add(q, v, d, 'against');
  }
  if (!reasons.some((r) => r.effect === 'for')) {
    // The default, or a result whose every leaning answer was silenced by `unless`.
    // The budget is left unnamed: it chooses models, never the design.
    const named = active.filter(([q]) => q !== 'budget');
    const said = named.map(([q, v]) => words[q]?.[v]?.said).filter(Boolean);
    const [q, v] = named[0] ?? [];
    const head = said.length
      ? `You said ${said.join(' and ')}: ${said.length > 1 ? 'these answers do' : 'that does'} not tell the designs apart, so `
      : '';
    const text = `${head}${catalog.words.fallback}`;
    reasons.unshift({
      question: q,
      value: v,
      design: winner,
      effect: 'for',
      text: text.charAt(0).toUpperCase() + text.slice(1),
    });
  }

  // Models: the best designs', ranked by what the answers need; the budget picks among them.
  const picked = rankModels(catalog.models, needsOf(answers, catalog.needs), {
    designs: ranking.filter((r) => r.verdict === 'best').map((r) => r.design),
    tiers: tiersOf(answers.budget),
  });

  return {
    winner,
    ranking,
    margin: !decides
      ? 'none'
      : best.length > 1
        ? 'tie'
        : !second.length || top - Math.max(...second) >= 2
          ? 'clear'
          : 'narrow',
    reasons,
    ...picked,
  };
}
