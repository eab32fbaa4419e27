/**
 * Ids inside inline SVG drawings (titles, descriptions, gradients) must be unique on the
 * page, yet the same drawing may appear twice. Each drawing asks for a prefix here; a
 * prefix already taken during this page's render gets a number: `cup-open`, `cup-open-2`.
 */

/** The per-render store Astro gives components (`Astro.locals`), holding the prefixes taken. */
export interface SvgIdStore {
  svgIds?: Set<string>;
}

export function uniqueSvgPrefix(locals: object, wanted: string): string {
  const used = ((locals as SvgIdStore).svgIds ??= new Set());
  let prefix = wanted;
  for (let n = 2; used.has(prefix); n++) prefix = `${wanted}-${n}`;
  used.add(prefix);
  return prefix;
}
