import { z } from 'astro/zod';
import { slug } from './common';
import { DRIVERS, KINDS, PADS, TIERS } from '../vocabulary';

/** A published fact about a model, with the source (an id in content/sources/) that states it. */
const fact = <T extends z.ZodType>(value: T) => z.object({ value, source: slug }).strict();

/**
 * The published facts the choice depends on. Each is optional: a fact no page confirms
 * is left out, never guessed. Where a maker states a fact, cite the maker's page.
 */
export const modelFactsSchema = z
  .object({
    /** Bluetooth (true) or cable only (false). */
    wireless: fact(z.boolean()),
    /** Active noise cancelling. */
    anc: fact(z.boolean()),
    /** The cups fold in for carrying (swivelling flat alone is not folding). */
    folds: fact(z.boolean()),
    /** What touches the ears: velour pads hold sweat, so the picker keeps them out of the gym. */
    pads: fact(z.enum(PADS)),
    /** Only where the maker states sweat or water resistance (an IP rating, for example). */
    sweatResistant: fact(z.boolean()),
    /** Whether a headphone amplifier (or a strong interface output) is advisable. */
    ampAdvisable: fact(z.boolean()),
  })
  .partial()
  .strict();
export type ModelFacts = z.infer<typeof modelFactsSchema>;

/**
 * An example headphone. The `design` field is added in content.config.ts as a
 * reference to the designs collection.
 */
export const modelSchema = z.object({
  /** Maker, spelled as the maker spells it: "Beyerdynamic". */
  brand: z.string().min(2),
  /** Model name without the brand: "DT 990 PRO". */
  model: z.string().min(1),
  /** Over-ear headphones, or in-ear monitors (sealed, so listed as closed). */
  kind: z.enum(KINDS).default('over-ear'),
  /** How the driver makes sound. */
  driver: z.enum(DRIVERS),
  /**
   * Published nominal impedance in ohms, one number per version sold.
   * Leave out unless the maker's figure is confirmed.
   */
  impedance: z.array(z.number().int().positive()).min(1).optional(),
  /** Price tier; never a price in currency, which ages within months. */
  tier: z.enum(TIERS),
  /** Uses it suits, in a few words each. */
  goodFor: z.array(z.string().min(3)).min(1),
  /** One or two sentences on why it is here. */
  note: z.string().min(10),
  /** Published facts, each with the source that states it. */
  facts: modelFactsSchema.default({}),
  /** Ids of entries in the sources collection that back the facts above. */
  sources: z.array(slug).default([]),
});
export type ModelData = z.infer<typeof modelSchema>;
