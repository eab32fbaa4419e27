/**
 * Small decisions the reader-facing pages make from the content: which ratings a
 * design card shows, how a heading keeps "closed-back" on one line, how a situation's
 * verdict is worded, and which questions the home page features. Pure, so each rule
 * has a unit test; the pages only lay the results out.
 */
import type { Attribute } from '../../vocabulary';

/** Ratings of each design, by attribute, as the content gives them. */
export type RatingsByDesign = readonly { readonly ratings: Readonly<Record<Attribute, number>> }[];

/**
 * The attributes on which the designs differ most (largest gap between the best and the
 * worst score), in the given attribute order where gaps tie. These tell a reader most
 * about the choice, so the home page's design cards show them and leave the rest to the
 * full table.
 */
export function keyAttributes(
  designs: RatingsByDesign,
  attributes: readonly Attribute[],
  count: number,
): Attribute[] {
  const spread = (a: Attribute) => {
    const scores = designs.map((d) => d.ratings[a]);
    return Math.max(...scores) - Math.min(...scores);
  };
  return attributes
    .map((attribute, index) => ({ attribute, index, spread: spread(attribute) }))
    .filter((a) => a.spread > 0)
    .sort((a, b) => b.spread - a.spread || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((a) => a.attribute);
}

export interface TextPart {
  text: string;
  /** A hyphenated word, to be kept on one line. */
  keep: boolean;
}

/**
 * Splits text so that every hyphenated word ("closed-back", "semi-open") can be kept on
 * one line: browsers otherwise break after a hyphen, and a heading reading "closed-" /
 * "back" reads as two words. Joining the parts' text gives back the input exactly.
 */
export function splitHyphenated(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)+/gu)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), keep: false });
    parts.push({ text: match[0], keep: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keep: false });
  return parts;
}

/**
 * The verdict of a situation in fixed words, the same on every situation page and tile:
 * "Office: closed-back". The design's name is lower-cased as in running text; the
 * situation's label is kept as the content writes it ("DJing").
 */
/** The best designs' names as one phrase: "Closed-back", or "Closed-back or open-back" for a tie. */
export function bestNames(names: readonly string[]): string {
  if (names.length === 0) throw new Error('a result always has at least one best design');
  return names.map((name, i) => (i === 0 ? name : name.toLowerCase())).join(' or ');
}

export function situationVerdict(label: string, designName: string): string {
  return `${label}: ${designName.toLowerCase()}`;
}

/**
 * The questions the home page features: the first `count` in the editors' own order
 * (the `order` field of content/faq), so which questions are "most asked" is decided in
 * the content, not in code.
 */
export function featuredQuestions<T extends { data: { order: number } }>(
  entries: readonly T[],
  count: number,
): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order).slice(0, Math.max(0, count));
}

/** A reason the picker gave, as far as a situation page needs it. */
export interface SituationReason {
  design: string;
  effect: 'for' | 'against';
  text: string;
}

/**
 * A situation page's reasons in words that address nobody: the picker's own reasons
 * say "you chose …", which reads wrong to a reader who answered nothing. A reason
 * against a design names it ("Against open-back: …"); `name` gives a design's name.
 */
/**
 * The picker's sentences answer a reader ("You said it is quiet around you: …"); a page
 * about a situation has a reader who answered nothing, so it states the situation instead
 * ("It is quiet around you: …").
 */
export function asStatement(reason: string): string {
  return reason.replace(/^You said (\w)/, (_, first: string) => first.toUpperCase());
}

export function situationReasons(
  reasons: readonly SituationReason[],
  name: (design: string) => string,
): string[] {
  return reasons.map((r) => {
    const text = asStatement(r.text);
    return r.effect === 'for' ? text : `Against ${name(r.design).toLowerCase()}: ${text}`;
  });
}

/**
 * For a pair of designs, the situations in which each ranks above the other in the
 * picker's result: the pair page's verdict, so it always agrees with the situation
 * pages. `rankings` maps a situation to its ranking, best first.
 */
export function pairWins<S>(
  situations: readonly S[],
  ranking: (situation: S) => readonly string[],
  a: string,
  b: string,
): { a: S[]; b: S[] } {
  const wins = { a: [] as S[], b: [] as S[] };
  for (const situation of situations) {
    const order = ranking(situation);
    const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
    if (ia < 0 || ib < 0) continue;
    (ia < ib ? wins.a : wins.b).push(situation);
  }
  return wins;
}

/**
 * Where a link written in the content really goes. Editors link to a section of the
 * article as "/#studio"; the article lives at /guide/, so those links are rendered as
 * "/guide/#studio". Every other address is left as written.
 */
export function contentHref(href: string): string {
  return href.startsWith('/#') ? `/guide/${href.slice(1)}` : href;
}
