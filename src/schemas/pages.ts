import { z } from 'astro/zod';
import {
  DESIGN_IDS,
  NEED_IDS,
  QUESTIONS,
  VERDICT_IDS,
  type AnswerValue,
  type Need,
  type Question,
  type QuestionDeclaration,
} from '../vocabulary';
import { editorDate, pageFields, slug } from './common';

/** One section of the guide, in reading order: the full article at /guide/; the home page shows the short answer. */
export const guideSchema = pageFields.extend({
  /** Position in the article: lower comes first. Must be unique. */
  order: z.number().int(),
  /** Shorter title for the table of contents; defaults to the title. */
  tocTitle: z.string().min(3).optional(),
});

/** A question readers ask, answered short first, with the nuance in the body. */
export const faqSchema = z.object({
  /** The question, as a reader would type it. */
  question: z.string().min(10).max(120).endsWith('?'),
  /** The direct answer in one or two sentences; the body adds the nuance. */
  answer: z.string().min(10).max(300),
  /** Position in the FAQ list: lower comes first. */
  order: z.number().int(),
  /** When the entry last changed in a way a reader would care about; the FAQ page shows the latest. */
  updated: editorDate.optional(),
});

/** A term a newcomer meets, with a plain definition. */
export const glossarySchema = z.object({
  /** The term as it is usually written. */
  term: z.string().min(2),
  /** A plain definition in one to three sentences. */
  definition: z.string().min(20),
  /** Ids of other glossary entries worth reading next. */
  seeAlso: z.array(slug).default([]),
  /** When the entry last changed in a way a reader would care about; the glossary page shows the latest. */
  updated: editorDate.optional(),
});

/**
 * An https address of the page itself. A site's home page proves nothing: a reader who
 * follows the link must land on the text that states the claim.
 */
export const deepLink = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).refine(
  (value) => {
    // Zod runs this even after the address failed to parse; that failure is reported already.
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.pathname.replace(/\/+$/, '') !== '' || url.search !== '';
  },
  { error: "must link to the page that states the claim, not to a site's home page" },
);

/** A public source the guide cites for a factual claim. */
export const sourceSchema = z.object({
  /** The page's or article's real title, as its publisher shows it. */
  title: z.string().min(3),
  /** Who published it: "RTINGS", "Sound On Sound". */
  publisher: z.string().min(2),
  /** Who wrote it, where the page names an author. */
  author: z.string().min(2).optional(),
  /** When it was published, as the page shows it: "January 2007", "8 February 2016". */
  date: z.string().min(4).optional(),
  /**
   * The deep https address of the page that states the claim. Leave out when there is no
   * confirmed address (a magazine issue cited by title, publisher and date): never use a
   * site's home page instead.
   */
  url: deepLink.optional(),
  /** What the guide takes from it, in a few words. */
  supports: z.string().min(5),
});

/** The picker answers that define a scenario; every key optional, as in the picker. */
/** Picker answers for any question declarations: every key optional, as in the picker. */
export function answersSchemaFor(questions: Readonly<Record<string, QuestionDeclaration>>) {
  return z
    .object(
      Object.fromEntries(
        Object.entries(questions).map(([q, d]) => [
          q,
          z.enum(Object.keys(d.values) as [string, ...string[]]),
        ]),
      ),
    )
    .partial()
    .strict();
}

/** The picker answers that define a scenario: every question of the vocabulary, so a new one needs no edit here. */
export const scenarioAnswersSchema = answersSchemaFor(QUESTIONS) as unknown as z.ZodType<{
  [Q in Question]?: AnswerValue<Q>;
}>;

const verdict = z.enum(VERDICT_IDS);

/**
 * The verdict the guide expects for each design in a situation, which the page's prose
 * is written to. The build fails, naming the file, when the picker computes another.
 */
export const scenarioExpectSchema = z
  .object(
    Object.fromEntries(DESIGN_IDS.map((d) => [d, verdict])) as Record<
      (typeof DESIGN_IDS)[number],
      typeof verdict
    >,
  )
  .strict();

const need = z.enum(NEED_IDS as [Need, ...Need[]]);

/**
 * What a situation needs from a model, most important first: the models shown on its page
 * are ranked by these and each one's sourced facts (src/lib/models/rank.ts).
 */
export const scenarioNeedsSchema = z
  .object({
    /** Needs a shown model must meet, wherever the catalogue has a model that meets them. */
    must: z.array(need).default([]),
    /** Needs that rank a model higher, in order. */
    nice: z.array(need).default([]),
    /** Also name the best in-ear model or earbuds, where cups fit badly. */
    alternative: z.boolean().default(false),
  })
  .strict()
  .refine((n) => n.must.length + n.nice.length > 0, { error: 'name at least one need, in must or nice' });

/** A situation people search for, with its own landing page at /for/<id>/. */
export const scenarioSchema = pageFields.extend({
  /** Short label for lists and the scenario matrix: "Office". */
  label: z.string().min(2).max(30),
  /** The picker answers that describe the situation. */
  answers: scenarioAnswersSchema,
  /** What a model needs here: `{ must: [sealed, mic], nice: [anc], alternative: true }`. */
  needs: scenarioNeedsSchema,
  /** What the guide expects for each design: `{ closed: best, semi-open: fine, open: avoid }`. */
  expect: scenarioExpectSchema,
  /** Position in lists and the scenario matrix. */
  order: z.number().int(),
});
