/**
 * The picker's rule table: what each answer does to each design (rules it out, leans
 * towards it, or counts only beside another answer). Data an engineer edits; rules.ts
 * applies it under the contract its doc comment states, and the rules text on /picker/
 * and in llms.txt is generated from it (rulesText.ts).
 */
import type { AnswerValue, DesignId, Question } from '../../vocabulary';

// Only types come from the vocabulary: importing QUESTIONS from it would bundle every
// question's labels into the island. The question and value lists come from RULES, whose
// type makes it list exactly the allowed values; unit tests check both against QUESTIONS.
export const DESIGNS = ['closed', 'semi-open', 'open'] as const satisfies readonly DesignId[];

export interface Rule {
  /** Designs this answer rules out, whatever else was answered. */
  avoid?: readonly DesignId[];
  /** Points towards each design, in DESIGNS order (closed, semi-open, open). */
  lean?: readonly [number, number, number];
  /** Counts only when this other answer was given (monitors only for critical work). */
  only?: readonly [Question, string];
}

export type RuleTable = { readonly [Q in Question]: { readonly [V in AnswerValue<Q>]: Rule } };

const SHARED: Rule = { avoid: ['semi-open', 'open'] };

export const RULES: RuleTable = {
  place: { home: {}, studio: {}, office: SHARED, travel: SHARED, gym: SHARED },
  // Steady noise masks quiet detail and pushes the volume up, so it outweighs the pull of
  // critical listening towards open (2): mixing with some noise around is closed first.
  noise: { quiet: { lean: [0, 1, 2] }, some: { lean: [3, 0, 0] }, loud: SHARED },
  use: {
    music: {},
    critical: { lean: [0, 1, 2] },
    // Near a sensitive microphone, open-backs bleed, and how much a semi-open pair leaks
    // differs by model: avoid both; the semi-open reason names the bleed test that lifts it.
    recording: SHARED,
    dj: SHARED,
    gaming: {},
  },
  hours: { short: {}, medium: {}, long: { lean: [0, 1, 1] } },
  aware: { yes: { lean: [0, 1, 2] }, no: { lean: [2, 0, 0] } },
  monitors: { yes: { only: ['use', 'critical'] }, no: { lean: [0, 0, 1], only: ['use', 'critical'] } },
  budget: { low: {}, mid: {}, high: {} },
};
