/**
 * Every URL of the site, built from the page registry (pages.ts), so pages, data, the
 * content checks and the tests agree on where a page lives. Paths always end in a slash
 * (the site is built with `trailingSlash: 'always'`), and anchors follow the slash.
 */
import {
  COMPARE_ROUTE,
  DESIGN_ROUTE,
  EMBED_PICKER_ROUTE,
  EMBED_ROUTE,
  FAQ_ROUTE,
  fillRoute,
  GLOSSARY_ROUTE,
  GUIDE_ROUTE,
  HOME_ROUTE,
  MODEL_FILTER_ROUTE,
  MODELS_ROUTE,
  PAIR_ROUTE,
  PICKER_ROUTE,
  SCENARIO_ROUTE,
  SITUATIONS_ROUTE,
} from './pages';

export const HOME_URL = HOME_ROUTE;
export const COMPARE_URL = COMPARE_ROUTE;
export const PICKER_URL = PICKER_ROUTE;
export const FAQ_URL = FAQ_ROUTE;
export const GLOSSARY_URL = GLOSSARY_ROUTE;
export const EMBED_URL = EMBED_ROUTE;
export const EMBED_PICKER_URL = EMBED_PICKER_ROUTE;
/** The oEmbed response, which the pages a site owner would paste link in their <head>. */
export const OEMBED_URL = `${EMBED_ROUTE}oembed.json`;
/** The whole article on one page. */
export const GUIDE_URL = GUIDE_ROUTE;
/** Every situation, as tiles with their verdicts. */
export const SITUATIONS_URL = SITUATIONS_ROUTE;

/** A design's own page: `/designs/open/`. */
export const designUrl = (design: string): string => fillRoute(DESIGN_ROUTE, design);

/** The page comparing two designs, in spectrum order: `/compare/closed-vs-open/`. */
export const compareUrl = (a: string, b: string): string => fillRoute(PAIR_ROUTE, `${a}-vs-${b}`);

/** A situation's landing page: `/for/office/`. */
export const scenarioUrl = (scenario: string): string => fillRoute(SCENARIO_ROUTE, scenario);

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

/** The catalogue of every model, as a table. */
export const MODELS_URL = MODELS_ROUTE;

/** The catalogue filtered to one design, kind or fact: `/models/closed/`, `/models/anc/`. */
export const modelFilterUrl = (filter: string): string => fillRoute(MODEL_FILTER_ROUTE, filter);

/** A model's row in the catalogue, where each of its facts links to its source. */
export const modelUrl = (model: string): string => `${MODELS_URL}#${model}`;
