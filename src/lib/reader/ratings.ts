/**
 * Words and comparisons for the 1-to-5 ratings in the designs' frontmatter, shared by
 * the comparison table, the chart and the pair pages so they always agree.
 */
import type { DesignId } from '../../vocabulary';
import { RATING_MAX, RATING_MIN } from '../../vocabulary';

// RTINGS' own words for the same steps, so a score the table takes from RTINGS reads the
// way RTINGS puts it ("Good", not "Very good").
const WORDS = ['Poor', 'Mediocre', 'Decent', 'Good', 'Great'] as const;

/** The word for a score: 1 Poor, 2 Mediocre, 3 Decent, 4 Good, 5 Great. */
export function ratingWord(score: number): (typeof WORDS)[number] {
  if (!Number.isInteger(score) || score < RATING_MIN || score > RATING_MAX) {
    throw new RangeError(`A rating must be a whole number from ${RATING_MIN} to ${RATING_MAX}, not ${score}`);
  }
  return WORDS[score - RATING_MIN] ?? 'Poor';
}

/** "4 of 5": the score as text, so no reader depends on the meter's picture. */
export function ratingText(score: number): string {
  return `${score} of ${RATING_MAX}`;
}

/**
 * The designs with the top score for one attribute. A tie returns every leader, and a
 * row where all designs score the same has no leader at all: nothing stands out.
 */
export function leaders(scores: readonly { design: DesignId; score: number }[]): DesignId[] {
  const top = Math.max(...scores.map((s) => s.score));
  const best = scores.filter((s) => s.score === top).map((s) => s.design);
  return best.length === scores.length ? [] : best;
}

/** All unordered pairs of designs, in spectrum order: closed vs semi-open, closed vs open, semi-open vs open. */
export function designPairs<T>(designs: readonly T[]): [T, T][] {
  return designs.flatMap((a, i) => designs.slice(i + 1).map((b) => [a, b] as [T, T]));
}
