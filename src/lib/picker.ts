/**
 * The picker's decision: answers in, designs ranked with reasons out.
 *
 * Pure and dependency-free: the same module renders the first result on the server,
 * re-ranks in the browser island (so it must stay tiny), and decides the scenario pages
 * and the comparison matrix, so none of them can disagree.
 *
 * How it decides: each answer names the rating attributes it cares about and how much
 * (WEIGHTS below); a design scores the sum of weight × its rating from the content, so
 * an editor changing a rating changes the result. A few answers also carry a hard rule
 * that rules a design out, where the sources agree it is the wrong choice (a microphone,
 * people nearby, loud surroundings).
 */
import type { AnswerValue, Answers, DesignId, Question } from './answers';
import type { Catalog, CatalogModel } from './catalog';
import type { Attribute } from '../schemas/designs';

// Only types come from answers.ts: importing any value from it bundles every question's
// labels, which would double this module's size in the browser. The question and value
// lists come from WEIGHTS, whose type makes it list exactly the allowed values; unit tests
// check both lists against answers.ts, order included.
const DESIGNS = ['closed', 'semi-open', 'open'] as const satisfies readonly DesignId[];

/**
 * A weight, or [weight, cap]: the rating counts only up to the cap, because beyond
 * "very good" (4) the situation gains nothing that the design controls.
 */
type Weight = number | readonly [weight: number, cap: number];

interface Row {
  /** Which ratings matter for this answer, and how much; negative means "less is better". */
  w?: { readonly [A in Attribute]?: Weight };
  /** Hard rule: designs this answer rules out whatever else was answered. */
  avoid?: readonly DesignId[];
  /** The pros and cons that explain the weights and the rule, most telling first. */
  cite?: readonly string[];
}

type Table = { readonly [Q in Question]: { readonly [V in AnswerValue<Q>]: Row } };

/*
 * Ratings in the content run 1 to 5; for orientation (closed / semi-open / open):
 * isolation 4/2/1, leakage 4/2/1, soundstage 2/4/5, bass 5/4/4, comfort 3/4/5,
 * durability 4/3/3, value 4/4/3, choice 5/2/3.
 *
 * Where people are around you, or a microphone, outweighs how it sounds: those rows
 * carry the heavy weights (3-4) and the hard rules; taste and session length carry 1-2.
 */
export const WEIGHTS: Table = {
  place: {
    // Neither says anything by itself: how quiet it is and what you do there are asked separately.
    home: {},
    studio: {},
    // Colleagues hear an open-back at any volume (RTINGS leakage). Semi-open is not ruled
    // out, as it leaks less, but these weights are set so that it never beats closed here
    // (tests check every set of answers): it still leaks "much closer to open than to
    // closed", and otherwise moving from travel, which rules it out, to an office could
    // move the result towards open.
    office: {
      w: { leakage: 4, isolation: 2 },
      avoid: ['open'],
      cite: ['closed-no-leak', 'closed-isolation', 'semi-open-leaks', 'open-leaks'],
    },
    travel: {
      w: { isolation: 3, leakage: 1, durability: 1 },
      avoid: ['semi-open', 'open'],
      cite: [
        'closed-portable',
        'closed-isolation',
        'semi-open-no-isolation',
        'open-not-portable',
        'open-no-isolation',
        'open-no-anc',
      ],
    },
    // Sweat, knocks and people on the next machine.
    gym: {
      w: { durability: 2, leakage: 1, isolation: 1 },
      avoid: ['semi-open', 'open'],
      cite: ['closed-portable', 'closed-durable', 'semi-open-leaks', 'open-not-portable', 'open-fragile'],
    },
  },
  noise: {
    // Open-backs are preferred in a quiet room: there, their stage can be heard and their
    // lack of isolation costs nothing.
    quiet: { w: { soundstage: 1 }, cite: ['open-soundstage', 'semi-open-soundstage', 'closed-narrow-stage'] },
    some: { w: { isolation: 3 }, cite: ['closed-isolation', 'semi-open-no-isolation', 'open-no-isolation'] },
    loud: {
      w: { isolation: 4 },
      avoid: ['semi-open', 'open'],
      cite: ['closed-isolation', 'semi-open-no-isolation', 'open-no-isolation'],
    },
  },
  use: {
    // For music and films a very good stage is enough; the last step is for critical work.
    music: {
      w: { soundstage: [1, 4], bass: 1 },
      cite: [
        'open-soundstage',
        'semi-open-soundstage',
        'closed-bass',
        'closed-narrow-stage',
        'open-less-bass',
      ],
    },
    critical: {
      w: { soundstage: 2 },
      cite: ['open-critical', 'open-soundstage', 'semi-open-soundstage', 'closed-narrow-stage'],
    },
    // Tracking: the click and the mix must stay out of the microphone, and the player must
    // hear themselves over the room (Sound On Sound).
    recording: {
      w: { leakage: 4, isolation: 1 },
      avoid: ['semi-open', 'open'],
      cite: ['closed-mic-safe', 'closed-isolation', 'semi-open-mic-bleed', 'open-mic-bleed'],
    },
    // Cueing over a loud booth, and headphones that get thrown around.
    dj: {
      w: { isolation: 3, bass: 1, durability: 1 },
      cite: [
        'closed-isolation',
        'closed-bass',
        'closed-durable',
        'semi-open-no-isolation',
        'open-no-isolation',
        'open-fragile',
      ],
    },
    // Positional cues (footsteps) come from the stage.
    gaming: {
      w: { soundstage: 2 },
      cite: ['open-soundstage', 'semi-open-soundstage', 'closed-narrow-stage'],
    },
  },
  hours: {
    // Closed cups get warm within about an hour; under that, heat does not come into it.
    short: {},
    // Comfort follows the design only weakly (RTINGS: fit and pads matter as much), so
    // the design earns credit only up to "very good".
    medium: { w: { comfort: [1, 4] }, cite: ['open-cool', 'semi-open-comfort', 'closed-heat'] },
    long: {
      w: { comfort: [2, 4] },
      cite: ['open-cool', 'open-less-fatigue', 'semi-open-comfort', 'closed-heat', 'closed-fatigue'],
    },
  },
  aware: {
    // Hearing the room is the flip side of isolation.
    yes: { w: { isolation: -1 }, cite: ['open-aware', 'closed-unaware'] },
    no: {
      w: { isolation: 2 },
      cite: ['closed-focus', 'closed-isolation', 'semi-open-balance', 'open-no-isolation'],
    },
  },
  monitors: {
    yes: {},
    // Mixing on headphones alone: an open stage is the nearest thing to speakers.
    no: { w: { soundstage: 1 }, cite: ['open-no-monitors', 'semi-open-soundstage', 'closed-narrow-stage'] },
  },
  budget: {
    low: { w: { value: 2 }, cite: ['closed-choice', 'open-cost'] },
    mid: { w: { value: 1 }, cite: ['open-cost'] },
    // Money no object: the budget decides only which example models are shown.
    high: {},
  },
};

/**
 * Subtracted from a design's score for each answer whose rule rules it out. Larger than
 * any spread the weights can produce (a unit test checks), so a ruled-out design always
 * ranks below every design that is not.
 */
export const RULE_PENALTY = 100;

/*
 * How far behind the winner a design may be and still count as a close second (margin
 * 'narrow') or a reasonable choice ('fine'), in rating steps per unit of weight answered:
 * scores grow with the number of answers, so a fixed gap would mean less and less.
 * A lead of a single point, the smallest the ratings can make, is always narrow. A
 * design two steps behind on average (a "good" where the winner is "great") is a poor
 * fit for what was asked; anything closer is fine.
 */
export const NARROW = 1 / 3;
export const FINE = 2;

const MAX_FOR = 4;
const MAX_AGAINST = 3;
const MAX_MODELS = 3;

export interface Reason {
  question: Question;
  value: string;
  /** The design the cited point belongs to. */
  design: DesignId;
  pointId: string;
  /** 'for' cites a pro of the winner, 'against' a con of a design that lost. */
  effect: 'for' | 'against';
  text: string;
}

export interface Ranked {
  design: DesignId;
  score: number;
  verdict: 'best' | 'fine' | 'avoid';
}

export interface Recommendation {
  winner: DesignId;
  /** Best first; always all three designs. */
  ranking: Ranked[];
  /** 'none' when nothing was answered. */
  margin: 'clear' | 'narrow' | 'none';
  /** What moved the winner, strongest first, then the main reasons against the others. */
  reasons: Reason[];
  /** Up to three example models of the winner that fit the budget. */
  models: CatalogModel[];
}

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** In QUESTION_KEYS order, which is also the order of the canonical query string. */
const QUESTION_KEYS = Object.keys(WEIGHTS) as Question[];

function valid(question: Question, value: unknown): string | undefined {
  return typeof value === 'string' && own(WEIGHTS[question], value) ? value : undefined;
}

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
      const value = valid(q, v);
      if (value) {
        answers[q] = value;
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

interface Scored {
  question: Question;
  value: string;
  row: Row;
  /** Each design's score from this answer alone, penalty included, in DESIGNS order. */
  part: number[];
}

/** A reason with the score difference its answer made, to rank reasons by. */
type Weighed = [strength: number, reason: Reason];

function strongest(list: Weighed[], max: number): Reason[] {
  // Sort is stable, so equally strong reasons keep question order, then citation order.
  const sorted = list.sort((a, b) => b[0] - a[0]).map(([, r]) => r);
  return sorted.filter((r, k) => sorted.findIndex((x) => x.pointId === r.pointId) === k).slice(0, max);
}

export function recommend(input: Answers, catalog: Catalog): Recommendation {
  const answers = parseAnswers(input);
  const rating = (d: DesignId, a: string) =>
    (catalog.designs.find((x) => x.id === d)?.ratings as Record<string, number> | undefined)?.[a] ?? 0;
  const point = (id: string) => {
    for (const d of catalog.designs) for (const p of d.points) if (p.id === id) return { design: d.id, p };
    return undefined;
  };

  let total = 0;
  const scored: Scored[] = [];
  for (const question of QUESTION_KEYS) {
    const value = answers[question];
    if (!value) continue;
    const row = (WEIGHTS[question] as Record<string, Row>)[value] ?? {};
    const terms = Object.entries(row.w ?? {}).map(([attribute, weight]) =>
      typeof weight === 'number'
        ? ([attribute, weight, Infinity] as const)
        : ([attribute, ...weight] as const),
    );
    for (const [, w] of terms) total += Math.abs(w);
    const part = DESIGNS.map((d) =>
      terms.reduce(
        (s, [attribute, w, cap]) => s + w * Math.min(rating(d, attribute), cap),
        row.avoid?.includes(d) ? -RULE_PENALTY : 0,
      ),
    );
    scored.push({ question, value, row, part });
  }

  // Ties go to the more closed design (the sort is stable and DESIGNS runs closed to
  // open): RTINGS finds closed-backs suit most listeners, indoors and out, so when the
  // answers cannot separate two designs, the one that copes with an unforeseen noisy or
  // shared room is the safer default. It also keeps the result monotone at ties.
  const order = DESIGNS.map((design, i) => ({
    design,
    i,
    score: scored.reduce((s, x) => s + (x.part[i] ?? 0), 0),
  })).sort((a, b) => b.score - a.score);
  const [first, second, third] = order as [Slot, Slot, Slot];
  const ruled = (d: DesignId) => scored.some((x) => x.row.avoid?.includes(d));
  const verdict = (design: DesignId, score: number, k: number): Ranked['verdict'] => {
    if (k === 0) return 'best';
    const behind = first.score - score;
    // A tie is never a poor fit, even when nothing weighed (total 0).
    return ruled(design) || (behind > 0 && behind >= FINE * total) ? 'avoid' : 'fine';
  };
  const ranking = order.map(({ design, score }, k): Ranked => ({
    design,
    score,
    verdict: verdict(design, score, k),
  }));

  // A reason is a cited point whose answer put the winner ahead of a rival: the winner's
  // pros count 'for', the runner-up's cons 'against', and another design's cons only when
  // a rule ruled it out. Strength is the score difference the answer made.
  const pro: Weighed[] = [];
  const con: Weighed[] = [];
  for (const rival of [second, third]) {
    for (const { question, value, row, part } of scored) {
      const strength = (part[first.i] ?? 0) - (part[rival.i] ?? 0);
      for (const id of strength > 0 ? (row.cite ?? []) : []) {
        const found = point(id);
        if (!found) continue;
        const { design, p } = found;
        const reason = (effect: Reason['effect']): Weighed => [
          strength,
          { question, value, design, pointId: id, effect, text: p.text },
        ];
        if (design === first.design && p.kind === 'pro') pro.push(reason('for'));
        if (design === rival.design && p.kind === 'con' && (rival === second || row.avoid?.includes(design)))
          con.push(reason('against'));
      }
    }
  }

  const budget = answers.budget;
  const tiers =
    budget === 'low' ? ['budget'] : budget === 'mid' ? ['budget', 'mid'] : ['budget', 'mid', 'high-end'];
  const models = catalog.models.filter((m) => m.design === first.design && tiers.includes(m.tier));
  // Sort is stable: within a tier the catalog's name order stays.
  if (budget === 'high') models.sort((a, b) => tiers.indexOf(b.tier) - tiers.indexOf(a.tier));

  return {
    winner: first.design,
    ranking,
    margin: !scored.length
      ? 'none'
      : first.score - second.score <= Math.max(1, NARROW * total)
        ? 'narrow'
        : 'clear',
    reasons: [...strongest(pro, MAX_FOR), ...strongest(con, MAX_AGAINST)],
    models: models.slice(0, MAX_MODELS),
  };
}

interface Slot {
  design: DesignId;
  i: number;
  score: number;
}
