/**
 * Rules on the links in bodies: to other sites over https only, and to this site only to
 * pages and anchors the build makes. The pages come from the page registry
 * (src/lib/routes/pages.ts), so a new page type is a link target as soon as it is declared.
 */
import { DESIGN_IDS } from '../../../vocabulary';
import { MODEL_FILTERS } from '../../models/filters';
import { designPairs } from '../../reader/ratings';
import { PAGE_TYPES, type PageKind } from '../../routes/pages';
import {
  compareUrl,
  designUrl,
  faqUrl,
  glossaryUrl,
  guideSectionUrl,
  modelFilterUrl,
  scenarioUrl,
} from '../../routes/urls';
import { finding, WITH_BODIES, type EditorialRule, type RuleSet } from './rule';
import { linksIn } from './text';

/** The page types whose route has a parameter (`/designs/[design]/`). */
type ParameterisedKind = {
  [K in PageKind]: (typeof PAGE_TYPES)[K]['route'] extends `${string}[${string}` ? K : never;
}[PageKind];

/**
 * The pages of each parameterised type. Typed by the registry: a new type with a
 * parameter fails to type-check here until it says which pages it has.
 */
const PAGES_OF: { [K in ParameterisedKind]: (content: RuleSet) => string[] } = {
  design: () => DESIGN_IDS.map(designUrl),
  pair: () => designPairs([...DESIGN_IDS]).map(([a, b]) => compareUrl(a, b)),
  scenario: (content) => content.scenarios.map((e) => scenarioUrl(e.id)),
  modelFilter: () => MODEL_FILTERS.map((f) => modelFilterUrl(f.id)),
};

/** Every address a body may link to on this site: each page, and the anchors content makes. */
export function linkTargets(content: RuleSet): Set<string> {
  const fixed = Object.values(PAGE_TYPES)
    .map((type) => type.route as string)
    .filter((route) => !route.includes('['));
  return new Set([
    ...fixed,
    ...Object.values(PAGES_OF).flatMap((pagesOf) => pagesOf(content)),
    // The article's own sections, and the two it always ends with.
    guideSectionUrl('faq'),
    guideSectionUrl('sources'),
    ...content.guide.map((e) => guideSectionUrl(e.id)),
    ...content.faq.map((e) => faqUrl(e.id)),
    ...content.glossary.map((e) => glossaryUrl(e.id)),
  ]);
}

/** Every link in every body, with where it stands. */
const bodyLinks = (content: RuleSet) =>
  WITH_BODIES.flatMap((collection) =>
    content[collection].flatMap((entry) => linksIn(entry.body ?? '').map((href) => ({ collection, entry, href }))),
  );

export const linkHttps: EditorialRule = {
  id: 'link-https',
  description: 'A link to another site in a body is an `https://` address.',
  check: (content) =>
    bodyLinks(content)
      .filter(({ href }) => !href.startsWith('#') && !href.startsWith('/') && !href.startsWith('https://'))
      .map(({ collection, entry, href }) =>
        finding(entry, collection, 'body link', `"${href}" must be an https:// address`),
      ),
};

export const linkTarget: EditorialRule = {
  id: 'link-target',
  description: 'A link to this site names a page or anchor that exists, its path ending in "/" before any "#".',
  check: (content) => {
    const targets = linkTargets(content);
    return bodyLinks(content)
      .filter(({ href }) => href.startsWith('/') && !targets.has(href))
      .map(({ collection, entry, href }) =>
        finding(
          entry,
          collection,
          'body link',
          `"${href}" is not a page or anchor of this site (paths end in "/", before any "#")`,
        ),
      );
  },
};
