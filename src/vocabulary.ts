/**
 * The site's shared vocabulary: the words every layer agrees on. Design ids, the picker's
 * questions and answers, the aspects and attributes designs are rated on, the rating
 * range, and the words for models (tiers, kinds, drivers, pads).
 *
 * It imports nothing, so schemas (src/schemas), pure logic (src/lib), components and
 * tests can all use it without pointing back up a layer, and the picker's island can
 * import a value from it without pulling in zod or Astro.
 *
 * The parameter names and values are a public contract: they appear in shareable
 * URLs (`/picker/?place=studio&noise=quiet`), in the scenario content files and in
 * the WebMCP tool description, so renaming one breaks links people have saved.
 */

export const DESIGN_IDS = ['closed', 'semi-open', 'open'] as const;
/** A headphone design, ordered from most closed to most open. */
export type DesignId = (typeof DESIGN_IDS)[number];

/**
 * The picker's questions, in the order the form asks them. Each says, once:
 * - `legend`: the question as the form asks it;
 * - `hint`: what the question means, for AI agents (the WebMCP parameter description);
 * - `topic`: what an unanswered question could settle, for a tie ("how noisy it is
 *   around you"); left out where the answer never decides the design;
 * - `values`: each answer's id (in URLs, content and embeds) and its label in the form.
 * The rule each answer feeds is in src/lib/picker/rules.ts (RULES) and its words in
 * src/lib/picker/words.ts; both are typed by this object, so a question or answer added
 * here fails type-checking until it has a rule and words. README: "Add a question".
 */
export const QUESTIONS = {
  place: {
    legend: 'Where will you use them most?',
    hint: 'Where the headphones will mostly be used. "office" means an office or any room shared with other people; "travel" means commuting or travelling.',
    topic: 'where you use them',
    values: {
      home: 'At home',
      studio: 'In a studio',
      office: 'In an office or shared room',
      travel: 'Commuting or travelling',
      gym: 'At the gym',
    },
  },
  noise: {
    legend: 'How noisy is it around you?',
    hint: 'How noisy it is where they will be used.',
    topic: 'how noisy it is around you',
    values: {
      quiet: 'Quiet',
      some: 'Some noise',
      loud: 'Loud',
    },
  },
  use: {
    legend: 'What will you mostly do?',
    hint: 'What the headphones are mostly for. "critical" means mixing, mastering or critical listening; "recording" means a live microphone nearby.',
    topic: 'what you do with them',
    values: {
      music: 'Listen to music or films',
      critical: 'Mix, master or listen critically',
      recording: 'Record with a microphone',
      dj: 'DJ',
      gaming: 'Play games',
    },
  },
  hours: {
    legend: 'How long is a typical session?',
    hint: 'How long a typical session is: "short" under an hour, "medium" one to three hours, "long" more than three.',
    topic: 'how long you wear them',
    values: {
      short: 'Under an hour',
      medium: 'One to three hours',
      long: 'More than three hours',
    },
  },
  aware: {
    legend: 'Do you want to hear what happens around you?',
    hint: 'Whether the listener wants to keep hearing what happens around them.',
    topic: 'whether you want to hear the room',
    values: {
      yes: 'Yes',
      no: 'No',
    },
  },
  monitors: {
    legend: 'Do you have studio monitor speakers?',
    hint: 'Whether the listener owns studio monitor speakers to check mixes on; it counts only when use is "critical".',
    values: {
      yes: 'Yes',
      no: 'No',
    },
  },
  budget: {
    legend: 'How much do you want to spend?',
    hint: 'How much the listener wants to spend; it changes only the example models, not the design.',
    values: {
      low: 'As little as possible',
      mid: 'A moderate amount',
      high: 'Whatever it takes',
    },
  },
} as const satisfies Record<string, QuestionDeclaration>;

/** The shape of one question; see QUESTIONS. */
export interface QuestionDeclaration {
  legend: string;
  hint: string;
  topic?: string;
  values: Readonly<Record<string, string>>;
}

export type Question = keyof typeof QUESTIONS;
export const QUESTION_KEYS = Object.keys(QUESTIONS) as Question[];

/** A value allowed for question Q, e.g. `AnswerValue<'noise'>` is `'quiet' | 'some' | 'loud'`. */
export type AnswerValue<Q extends Question> = keyof (typeof QUESTIONS)[Q]['values'] & string;

/** A set of answers; a missing key means "no preference". */
export type Answers = { [Q in Question]?: AnswerValue<Q> | undefined };

/** The allowed values of one question, in display order. */
export function answerValues<Q extends Question>(question: Q): AnswerValue<Q>[] {
  return Object.keys(QUESTIONS[question].values) as AnswerValue<Q>[];
}

/** The allowed values as a non-empty tuple, the shape `z.enum` wants. */
export function answerEnum<Q extends Question>(question: Q): [AnswerValue<Q>, ...AnswerValue<Q>[]] {
  return answerValues(question) as [AnswerValue<Q>, ...AnswerValue<Q>[]];
}

/**
 * The verdicts a design gets in a situation, in ranking order (best first), with the
 * word readers see. The picker, the tables, the matrix, the situation schema and the
 * island all read them from here: a new verdict is one line, and every `Record` keyed
 * by it fails to type-check until it says what to do with it.
 */
export const VERDICTS = {
  best: 'Best',
  fine: 'Fine',
  avoid: 'Avoid',
} as const;
export type Verdict = keyof typeof VERDICTS;
export const VERDICT_IDS = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

/** What a pro or con is about; the comparison groups items by it. */
export const ASPECTS = [
  'sound',
  'isolation',
  'leakage',
  'comfort',
  'durability',
  'cost',
  'choice',
  'awareness',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** The attributes every design is rated on, in the order tables show them. */
export const ATTRIBUTES = {
  isolation: 'Noise isolation',
  leakage: 'Leakage control',
  soundstage: 'Soundstage',
  bass: 'Bass extension',
  comfort: 'Comfort over long sessions',
  durability: 'Durability',
  value: 'Value',
  choice: 'Choice of models',
} as const;
export type Attribute = keyof typeof ATTRIBUTES;
export const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTES) as Attribute[];

/** Ratings run from 1 (poor) to 5 (great). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const DRIVERS = ['dynamic', 'planar-magnetic', 'electrostatic'] as const;
export const TIERS = ['budget', 'mid', 'high-end'] as const;
export type Tier = (typeof TIERS)[number];
export const KINDS = ['over-ear', 'in-ear'] as const;
export const PADS = ['velour', 'protein leather', 'synthetic leather', 'foam tips', 'silicone tips'] as const;

/** How a tier is shown to readers. */
export const TIER_LABELS: Record<Tier, string> = {
  budget: 'Budget',
  mid: 'Mid-range',
  'high-end': 'High-end',
};
