/**
 * Rules on a guide section's headings. Each section's title is the article's `##`, so its
 * own headings start at `###`; and all sections share one page with the FAQ and sources,
 * so a heading's anchor must not take an id that page already uses.
 */
import { finding, type EditorialRule, type RuleSet } from './rule';
import { headingSlug } from './text';

const headings = (content: RuleSet, pattern: RegExp) =>
  content.guide.flatMap((section) => [...(section.body ?? '').matchAll(pattern)].map((match) => ({ section, match })));

export const guideHeadingLevel: EditorialRule = {
  id: 'guide-heading-level',
  description: "A guide section's own headings start at `###`: its title is the article's `##`.",
  check: (content) =>
    headings(content, /^(#{1,2})\s+(.+)$/gm).map(({ section, match }) =>
      finding(section, 'guide', 'body heading', `"${match[0]}" is level ${(match[1] ?? '').length}; use ### or deeper`),
    ),
};

export const guideHeadingAnchor: EditorialRule = {
  id: 'guide-heading-anchor',
  description: "A guide section's heading does not take an anchor the article's page already uses.",
  check: (content) => {
    const taken = new Set([...content.guide.map((e) => e.id), ...content.faq.map((e) => e.id), 'faq', 'sources']);
    return headings(content, /^#{3,6}\s+(.+)$/gm)
      .map(({ section, match }) => ({ section, text: match[1] ?? '', slug: headingSlug(match[1] ?? '') }))
      .filter(({ slug }) => taken.has(slug))
      .map(({ section, text, slug }) =>
        finding(section, 'guide', 'body heading', `"${text}" gets the anchor #${slug}, which the home page already uses`),
      );
  },
};
