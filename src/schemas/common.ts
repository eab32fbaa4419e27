import { z } from 'astro/zod';

/** Lowercase words joined by hyphens: ids appear in URLs, anchors and tests. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens, like "mic-bleed"');

/**
 * A calendar date an editor writes by hand (`2026-11-24`). Never stamped at build time,
 * so a rebuild does not pretend the page changed.
 */
export const editorDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** Fields every page-like entry shares: what search results and social cards show. */
export const pageFields = z.object({
  /** The page's heading and, unless `seoTitle` is set, its `<title>`. */
  title: z.string().min(3),
  /** One or two sentences for search results and link previews: at most 155 characters. */
  description: z.string().min(50).max(155),
  /** When the text was first published. */
  published: editorDate,
  /** When the text last changed in a way a reader would care about. Leave out if never. */
  updated: editorDate.optional(),
});
