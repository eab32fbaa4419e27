import { z } from 'astro/zod';
import { ASPECTS, ATTRIBUTES, type Attribute, DESIGN_IDS, RATING_MAX, RATING_MIN } from '../vocabulary';
import { editorDate, slug } from './common';

export const pointSchema = z.object({
  /** Stable id, unique within the design: the picker cites it, tests select by it. */
  id: slug,
  /** The point in a few words, shown in lists and tables. */
  text: z.string().min(3).max(120),
  /** What the point is about. */
  aspect: z.enum(ASPECTS),
  /** An optional longer explanation, shown under the short text. */
  detail: z.string().min(10).optional(),
});
export type Point = z.infer<typeof pointSchema>;

/**
 * What a rating's `source` says when no source states the score: the guide's own
 * judgement. Tables show it as such, so a reader can tell a measured verdict from ours.
 */
export const OWN_JUDGEMENT = 'judgement';

export const ratingSchema = z.object({
  /** Whole number from 1 (poor) to 5 (great). */
  score: z.number().int().min(RATING_MIN).max(RATING_MAX),
  /** One line saying why the design earns this score. */
  reason: z.string().min(10).max(200),
  /**
   * Where the score comes from: the id of the file in content/sources/ that states it
   * (the build checks it exists), or `judgement` when it is the guide's own judgement.
   */
  source: slug,
});
export type Rating = z.infer<typeof ratingSchema>;

export const designSchema = z
  .object({
    /** Full name, e.g. "Closed-back". */
    name: z.string().min(3),
    /** Short name for table headers, e.g. "Closed". */
    shortName: z.string().min(3).max(12),
    /** Which design this file describes; must match the file name. */
    design: z.enum(DESIGN_IDS),
    /** The design in one sentence: the answer a hurried reader takes away. */
    summary: z.string().min(20).max(220),
    /** Meta description of the design's page: at most 155 characters. */
    description: z.string().min(50).max(155),
    /** Order in tables and lists: closed, semi-open, open reads as a spectrum. */
    order: z.number().int(),
    /** Situations where the design is the right choice. */
    shinesFor: z.array(z.string().min(3)).min(1),
    /** Situations where the design is the wrong choice. */
    avoidFor: z.array(z.string().min(3)).min(1),
    /** What the design does well. */
    pros: z.array(pointSchema).min(1),
    /** What the design does badly. */
    cons: z.array(pointSchema).min(1),
    /** One rating for every attribute in ATTRIBUTES. */
    ratings: z.object(
      Object.fromEntries(Object.keys(ATTRIBUTES).map((key) => [key, ratingSchema])) as Record<
        Attribute,
        typeof ratingSchema
      >,
    ),
    published: editorDate,
    updated: editorDate.optional(),
  })
  .superRefine((design, ctx) => {
    const seen = new Map<string, string>();
    for (const list of ['pros', 'cons'] as const) {
      design[list].forEach((point, index) => {
        const earlier = seen.get(point.id);
        if (earlier) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'id'],
            message: `duplicate id "${point.id}": already used at ${earlier}`,
          });
        } else {
          seen.set(point.id, `${list}[${index}]`);
        }
      });
    }
  });
export type DesignData = z.infer<typeof designSchema>;
