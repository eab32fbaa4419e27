/**
 * Answers as they travel in addresses: read from a query string or an object without
 * trusting it, and written back as the one canonical query string, so links are stable.
 * Also which answers count (monitors only for critical work). The question and value
 * lists come from the rule table, not QUESTIONS, so the island carries no labels.
 */
import type { Answers, Question } from '../../vocabulary';
import { RULES, type Rule } from './ruleTable';

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** In question order, which is also the order of the canonical query string. */
const QUESTION_KEYS = Object.keys(RULES) as Question[];

export const ruleOf = (q: Question, v: string) => (RULES[q] as Record<string, Rule>)[v] ?? {};

/**
 * Answers from a query string, URLSearchParams or a plain object, never trusting them:
 * only the known questions are read, only as own properties, unknown values count as
 * no answer, and a repeated parameter yields its first valid value.
 */
export function parseAnswers(input: URLSearchParams | Record<string, unknown> | string): Answers {
  const answers: Record<string, string> = {};
  if (typeof input === 'string') input = new URLSearchParams(input);
  if (!input || typeof input !== 'object') return answers;
  for (const q of QUESTION_KEYS) {
    const raw: unknown =
      input instanceof URLSearchParams ? input.getAll(q) : own(input, q) ? input[q] : undefined;
    for (const v of Array.isArray(raw) ? raw : [raw]) {
      if (typeof v === 'string' && own(RULES[q], v)) {
        answers[q] = v;
        break;
      }
    }
  }
  return answers as Answers;
}

/** The canonical query string: known answers only, in question order, so links are stable. */
export function toQuery(answers: Answers): string {
  const clean = parseAnswers(answers);
  return QUESTION_KEYS.flatMap((q) => (clean[q] ? [`${q}=${clean[q]}`] : [])).join('&');
}

/** The answers that count: given, and (for monitors) only where the use makes them matter. */
export function counted(answers: Answers): [Question, string][] {
  return QUESTION_KEYS.flatMap((q): [Question, string][] => {
    const v = answers[q];
    const only = v ? ruleOf(q, v).only : undefined;
    return v && (!only || answers[only[0]] === only[1]) ? [[q, v]] : [];
  });
}
