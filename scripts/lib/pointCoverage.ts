/**
 * Whether the guide still makes a point, judged by its key terms rather than its wording:
 * a point is covered when one unit of prose (a paragraph, or one string of a data file)
 * holds every one of its terms, in any order. An editor can reword a sentence freely; a
 * point disappears only when no paragraph speaks of all its terms together.
 */

export interface Point {
  /** The point, as the source makes it. */
  point: string;
  /**
   * Its key terms: each a case-insensitive regular expression matched at the start of a
   * word, so `commut` finds "commute" and "commuting"; alternatives with `|`.
   */
  terms: string[];
}

const termPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${term})`, 'iu');

/** The first unit that holds every term of the point, or undefined when none does. */
export function coveringUnit(point: Point, units: readonly string[]): string | undefined {
  const patterns = point.terms.map(termPattern);
  return units.find((unit) => patterns.every((pattern) => pattern.test(unit)));
}

/** Problems with the list itself: a point without terms, or a term that is not a valid pattern. */
export function pointListProblems(points: readonly Point[]): string[] {
  return points.flatMap((p) => {
    if (!Array.isArray(p.terms) || p.terms.length === 0) return [`"${p.point}" has no terms`];
    return p.terms.flatMap((term) => {
      try {
        termPattern(term);
        return [];
      } catch (error) {
        return [`"${p.point}": ${(error as Error).message}`];
      }
    });
  });
}
