import { z } from 'astro/zod';
import { slug } from './common';

export const DRIVERS = ['dynamic', 'planar-magnetic', 'electrostatic'] as const;
export const TIERS = ['budget', 'mid', 'high-end'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * An example headphone. The `design` field is added in content.config.ts as a
 * reference to the designs collection.
 */
export const modelSchema = z.object({
  /** Maker, spelled as the maker spells it: "Beyerdynamic". */
  brand: z.string().min(2),
  /** Model name without the brand: "DT 990 PRO". */
  model: z.string().min(1),
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
  /** Ids of entries in the sources collection that back the facts above. */
  sources: z.array(slug).default([]),
});
export type ModelData = z.infer<typeof modelSchema>;
