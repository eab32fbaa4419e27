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
 * The rule each answer feeds is in src/lib/picker/ruleTable.ts (RULES) and its words in
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
// Marked pure so bundles that never read a list leave it (and the words it lists) out.
export const QUESTION_KEYS = /* @__PURE__ */ Object.keys(QUESTIONS) as Question[];

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
/**
 * The verdicts as prose for agents and tool descriptions: "best, fine or avoid". A
 * function, so a bundle that never calls it (the island's) does not carry it.
 */
export const verdictsInWords = () => `${VERDICT_IDS.slice(0, -1).join(', ')} or ${VERDICT_IDS.at(-1)}`;

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
export const ATTRIBUTE_KEYS = /* @__PURE__ */ Object.keys(ATTRIBUTES) as Attribute[];

/** Ratings run from 1 (poor) to 5 (great). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const DRIVERS = ['dynamic', 'planar-magnetic', 'electrostatic'] as const;
export const TIERS = ['budget', 'mid', 'high-end'] as const;
export type Tier = (typeof TIERS)[number];
/** How a model sits on or in the ear. Earbuds are wireless buds; in-ear monitors are wired. */
export const KINDS = ['over-ear', 'on-ear', 'in-ear', 'earbuds'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = {
  'over-ear': 'Over-ear',
  'on-ear': 'On-ear',
  'in-ear': 'In-ear monitor',
  earbuds: 'Earbuds',
};
/** Kinds that sit in the ear canal: the alternative where cups fit badly. */
export const IN_EAR_KINDS: readonly Kind[] = ['in-ear', 'earbuds'];
export const PADS = ['velour', 'protein leather', 'synthetic leather', 'foam tips', 'silicone tips'] as const;
/** Where a model's microphone is: on an arm in front of the mouth, or built into a cup or bud. */
export const MICS = ['boom', 'built-in'] as const;

/**
 * What a situation, or a set of picker answers, needs from a model. Each need is met only by
 * a model's sourced facts (src/lib/models/needs.ts says which), and its words are what a
 * reader sees as the reason a model was chosen. Situations list them in their front matter
 * (`needs: { must: […], nice: […] }`); picker answers map to them in ANSWER_NEEDS.
 */
export const NEEDS = {
  sealed: 'Keeps sound in and noise out: a closed back, or a seal in the ear',
  anc: 'Active noise cancelling',
  folds: 'Folds for a bag',
  mic: 'A microphone for calls or chat',
  'boom-mic': 'A boom microphone in front of the mouth',
  'all-day': 'Sits around or on the ear rather than in it, for a long day',
  'sweat-rated': 'A maker-rated resistance to sweat and water (an IP rating)',
  secure: 'Stays put when you move: sits in the ear',
  'no-velour': 'No velour pads, which soak up sweat',
  attenuation: 'The highest rated passive attenuation',
  swivel: 'Cups that swivel, for one ear on and one off',
  wired: 'A cable: no wireless delay, no battery',
} as const;
export type Need = keyof typeof NEEDS;
export const NEED_IDS = /* @__PURE__ */ Object.keys(NEEDS) as Need[];

/** What a situation needs: must-haves, then nice-to-haves, most important first. */
export interface Needs {
  must: readonly Need[];
  nice: readonly Need[];
  /** Also name the best in-ear or earbud model, where cups fit badly. */
  alternative?: boolean | undefined;
}

/**
 * What each picker answer needs from a model. An answer set needs the union, in question
 * order; a need that any answer must have is a must-have for the set.
 */
export type AnswerNeeds = {
  readonly [Q in Question]?: { readonly [V in AnswerValue<Q>]?: Partial<Needs> };
};
export const ANSWER_NEEDS: AnswerNeeds = {
  place: {
    office: { must: ['sealed'], nice: ['mic', 'all-day'] },
    travel: { must: ['sealed'], nice: ['anc', 'folds'], alternative: true },
    gym: { must: ['sealed', 'sweat-rated', 'secure', 'no-velour'] },
  },
  noise: {
    some: { nice: ['sealed'] },
    loud: { must: ['sealed'], nice: ['attenuation', 'anc'], alternative: true },
  },
  use: {
    critical: { nice: ['wired'] },
    recording: { must: ['sealed'], nice: ['wired'] },
    dj: { must: ['sealed'], nice: ['swivel', 'wired'] },
    gaming: { nice: ['mic'] },
  },
  hours: { long: { nice: ['all-day'] } },
};

/** How a tier is shown to readers. */
export const TIER_LABELS: Record<Tier, string> = {
  budget: 'Budget',
  mid: 'Mid-range',
  'high-end': 'High-end',
};
