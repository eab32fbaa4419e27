/**
 * Every URL pattern of the site, built in one place, so pages, data, the content checks
 * and the tests agree on where a page lives. Paths always end in a slash (the site is
 * built with `trailingSlash: 'always'`), and anchors follow the slash.
 */

export const HOME_URL = '/';
export const COMPARE_URL = '/compare/';
export const PICKER_URL = '/picker/';
export const FAQ_URL = '/faq/';
export const GLOSSARY_URL = '/glossary/';
export const EMBED_PICKER_URL = '/embed/picker/';
/** The whole article on one page. */
export const GUIDE_URL = '/guide/';
/** Every situation, as tiles with their verdicts. */
export const SITUATIONS_URL = '/for/';

/** A design's own page: `/designs/open/`. */
export const designUrl = (design: string): string => `/designs/${design}/`;

/** The page comparing two designs, in spectrum order: `/compare/closed-vs-open/`. */
export const compareUrl = (a: string, b: string): string => `/compare/${a}-vs-${b}/`;

/** A situation's landing page: `/for/office/`. */
export const scenarioUrl = (scenario: string): string => `/for/${scenario}/`;

/**
 * A section of the article as editors link it in content: `/#short-answer`. Pages render
 * such links as `/guide/#short-answer` (see contentHref in src/lib/reader/view.ts), where the
 * article lives.
 */
export const guideSectionUrl = (section: string): string => `/#${section}`;

/** A question on the FAQ page: `/faq/#mic-bleed`. */
export const faqUrl = (question: string): string => `${FAQ_URL}#${question}`;

/** A term on the glossary page: `/glossary/#soundstage`. */
export const glossaryUrl = (term: string): string => `${GLOSSARY_URL}#${term}`;
