/** Length ranges, in words, that keep each kind of page readable. */
export const LIMITS = {
  /** The body of a design's page: enough to explain how it works, short enough to read. */
  designWords: { min: 300, max: 600 },
  /** The body of a situation's page. */
  scenarioWords: { min: 150, max: 300 },
  /** The article's first paragraph is the direct answer a hurried reader takes away. */
  answerWords: 45,
  /** A situation's title is its <title>: search results cut it beyond about 60 characters. */
  scenarioTitle: 60,
  /**
   * A run of this many words of prose may appear on at most this many pages. A fact
   * belongs on one page, and other pages link to it; the same sentence everywhere is how
   * a guide turns into boilerplate.
   */
  repeatedPhrase: { words: 8, pages: 3 },
} as const;
