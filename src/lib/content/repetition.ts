/**
 * Finds phrases that recur across pages: the same eight words on page after page read
 * as boilerplate, and usually mean a claim is being repeated instead of linked. Pure, so
 * the rule can run over built pages or over content files alike.
 */

/** A page's words, lowercased, with punctuation (but not apostrophes or hyphens inside words) dropped. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

/** Every run of `size` consecutive words in the text, once each. */
export function phrasesOf(text: string, size: number): Set<string> {
  const words = wordsOf(text);
  const phrases = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) phrases.add(words.slice(i, i + size).join(' '));
  return phrases;
}

export interface RepeatedPhrase {
  phrase: string;
  /** The pages it appears on, in the order given. */
  pages: string[];
}

/**
 * Phrases of `size` words that appear on more than `maxPages` of the given pages, most
 * widespread first. Overlapping hits of one long repeated passage are all reported, so
 * the longest shared text is easy to spot.
 */
export function repeatedPhrases(
  pages: readonly { id: string; text: string }[],
  size: number,
  maxPages: number,
): RepeatedPhrase[] {
  const seen = new Map<string, string[]>();
  for (const page of pages) {
    for (const phrase of phrasesOf(page.text, size)) {
      const list = seen.get(phrase);
      if (list) list.push(page.id);
      else seen.set(phrase, [page.id]);
    }
  }
  return [...seen]
    .filter(([, ids]) => ids.length > maxPages)
    .map(([phrase, ids]) => ({ phrase, pages: ids }))
    .sort((a, b) => b.pages.length - a.pages.length || a.phrase.localeCompare(b.phrase));
}

/** Every string in parsed data, however deep (numbers, dates and booleans are not prose). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.values(value).flatMap(stringsIn);
  return [];
}

/** An MDX body's prose: tags, link targets and heading marks dropped. */
export function stripMarkup(body: string): string {
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#+\s/gm, '');
}
