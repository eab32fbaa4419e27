/**
 * The picker's rules in words, generated from the rule table and the answers' words, so
 * the rules section on /picker/ and the one in llms.txt say exactly what the picker does
 * and cannot drift from it: change a rule in RULES and both pages follow.
 *
 * Generic over the table so a test can feed it a fixture vocabulary.
 */
import type { DesignId } from '../../vocabulary';
import type { Rule } from './rules';

type RuleTableLike = Readonly<Record<string, Readonly<Record<string, Rule>>>>;
type WordsLike = Readonly<Record<string, Readonly<Record<string, { said: string }>>>>;

export interface RulesText {
  /** One line per set of designs ruled out, naming every answer that rules them out. */
  avoid: string[];
  /** One line per set of designs answers lean towards, with the answers. */
  lean: string[];
  /** The answers that never change the design on their own. */
  neutral: string | undefined;
  /** How ties and the default work; the same whatever the table. */
  ties: string;
}

/** "a; b; or c": semicolons, because the answers' own words carry commas. */
const listOf = (items: readonly string[], last: string) =>
  items.length > 1 ? `${items.slice(0, -1).join('; ')}; ${last} ${items.at(-1)}` : (items[0] ?? '');

export function rulesText(
  rules: RuleTableLike,
  words: WordsLike,
  /** In the order of a rule's `lean` points: closed, semi-open, open. */
  designs: readonly { id: DesignId; name: string }[],
  fallback: string,
): RulesText {
  const said = (q: string, v: string) => words[q]?.[v]?.said ?? `${q} is ${v}`;
  const names = (ids: readonly DesignId[]) => {
    const named = designs
      .filter((d) => ids.includes(d.id))
      .map((d, i) => (i ? d.name.toLowerCase() : d.name));
    return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
  };
  const condition = (rule: Rule) => (rule.only ? ` (only when ${said(rule.only[0], rule.only[1])})` : '');

  const avoid = new Map<string, { ids: DesignId[]; answers: string[] }>();
  const lean = new Map<string, { ids: DesignId[]; answers: string[] }>();
  const neutral: string[] = [];
  for (const [q, values] of Object.entries(rules)) {
    for (const [v, rule] of Object.entries(values)) {
      if (rule.avoid?.length) {
        const ids = designs.map((d) => d.id).filter((id) => rule.avoid?.includes(id));
        const group = avoid.get(ids.join()) ?? { ids, answers: [] };
        group.answers.push(said(q, v) + condition(rule));
        avoid.set(ids.join(), group);
      }
      const points = rule.lean ?? [];
      const top = Math.max(...points);
      if (points.length && top > Math.min(...points)) {
        // The designs an answer favours most, among those it does not rule out.
        const ids = designs
          .map((d) => d.id)
          .filter((id, i) => points[i] === top && !rule.avoid?.includes(id));
        const group = lean.get(ids.join()) ?? { ids, answers: [] };
        group.answers.push(said(q, v) + condition(rule));
        lean.set(ids.join(), group);
      }
      if (!rule.avoid?.length && !points.some((p) => p !== points[0])) neutral.push(said(q, v));
    }
  }
  return {
    avoid: [...avoid.values()].map(
      ({ ids, answers }) => `${names(ids)}: avoid when ${listOf(answers, 'or')}.`,
    ),
    lean: [...lean.values()].map(
      ({ ids, answers }) => `Towards ${names(ids).toLowerCase()}: ${listOf(answers, 'and')}.`,
    ),
    neutral: neutral.length
      ? `These answers never change the design on their own: ${listOf(neutral, 'and')}.`
      : undefined,
    ties: `Where the answers lean both ways equally, the result is a tie and says so. With no answer that tells the designs apart, ${fallback}`,
  };
}
