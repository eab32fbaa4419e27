import { z } from 'astro/zod';
import { slug } from './common';
import { DESIGN_IDS, DRIVERS, KINDS, MICS, PADS, TIERS } from '../vocabulary';

/**
 * A published fact about a model, with the source (an id in content/sources/) that states
 * it. A bare value (`anc: true`) stops the build: no source, no fact.
 */
const fact = <T extends z.ZodType>(value: T) =>
  z
    .object(
      {
        value,
        /** The id of the file in content/sources/ whose page states this fact. */
        source: slug.describe('the id of a source in content/sources/ that states this fact'),
      },
      {
        error: (issue) =>
          issue.code === 'invalid_type' && issue.input !== undefined
            ? 'has no source: write it as { value: …, source: <a file name in content/sources/> }'
            : undefined,
      },
    )
    .strict();

/**
 * The published facts pages show and the ranking chooses by. Each is optional: a fact no
 * page confirms is left out, never guessed. Where a maker states a fact, cite the maker's page.
 */
export const modelFactsSchema = z
  .object({
    /** Bluetooth or another radio (true), or cable only (false). */
    wireless: fact(z.boolean()),
    /** Active noise cancelling. */
    anc: fact(z.boolean()),
    /** A microphone: on a boom in front of the mouth, or built into a cup or bud. */
    mic: fact(z.enum(MICS)),
    /** The cups fold in for carrying (swivelling flat alone is not folding). */
    folds: fact(z.boolean()),
    /** The cups swivel, so one can be held to an ear or turned away (DJ use). */
    swivel: fact(z.boolean()),
    /** What touches the ears: velour pads hold sweat. */
    pads: fact(z.enum(PADS)),
    /** The maker's water and sweat rating, as an IP code: "IPX4", "IP68". */
    waterRating: fact(z.string().regex(/^IP[0-6X][0-9]$/, 'must be an IP code such as IPX4 or IP68')),
    /** Rated passive attenuation in dB, as the maker states it. */
    attenuation: fact(z.number().positive().max(45)),
    /** Published nominal impedance in ohms, one number per version sold. */
    impedance: fact(z.array(z.number().int().positive()).min(1)),
    /** How the driver makes sound. */
    driver: fact(z.enum(DRIVERS)),
    /** Whether a headphone amplifier (or a strong interface output) is advisable. */
    ampAdvisable: fact(z.boolean()),
  })
  .partial()
  .strict();
export type ModelFacts = z.infer<typeof modelFactsSchema>;

/** An example headphone, earbud or headset. */
export const modelSchema = z
  .object({
    /** Maker, spelled as the maker spells it: "Beyerdynamic". */
    brand: z.string().min(2),
    /** Model name without the brand: "DT 990 PRO". */
    model: z.string().min(1),
    /** Closed, semi-open or open, with the source that says so. Sealed in-ears count as closed. */
    design: fact(z.enum(DESIGN_IDS)),
    /** How it sits: over-ear, on-ear, in-ear (monitors) or earbuds, with its source. Leave out if unconfirmed. */
    kind: fact(z.enum(KINDS)).optional(),
    /** Price tier; never a price in currency, which ages within months. */
    tier: z.enum(TIERS),
    /** Uses it suits, in a few words each. */
    goodFor: z.array(z.string().min(3)).min(1),
    /** One or two sentences on why it is here. */
    note: z.string().min(10),
    /** Further published facts, each with the source that states it. */
    facts: modelFactsSchema.default({}),
    /** Ids of further sources that back the note; every fact's source counts already. */
    sources: z.array(slug).default([]),
  })
  .strict();
export type ModelData = z.infer<typeof modelSchema>;
