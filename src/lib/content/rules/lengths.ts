/** Rules on how long a page is, and what a design's page must hold (LIMITS in limits.ts). */
import { byOrder } from '../entries';
import { LIMITS } from './limits';
import { finding, type EditorialRule } from './rule';
import { wordsIn } from './text';

export const answerLength: EditorialRule = {
  id: 'answer-length',
  description: `The article's first paragraph, the direct answer, is at most ${LIMITS.answerWords} words.`,
  check: (content) => {
    const [opening] = byOrder(content.guide);
    if (!opening) return [];
    const first = (opening.body ?? '').trim().split(/\n\s*\n/)[0] ?? '';
    const words = wordsIn(first);
    return words > LIMITS.answerWords
      ? [
          finding(
            opening,
            'guide',
            'body',
            `its first paragraph is the direct answer: ${words} words, keep it to ${LIMITS.answerWords}`,
          ),
        ]
      : [];
  },
};

/** A rule keeping a collection's bodies within a range of words, for pages read on their own. */
function bodyLength(
  id: string,
  collection: 'designs' | 'scenarios',
  noun: string,
  { min, max }: { min: number; max: number },
): EditorialRule {
  return {
    id,
    description: `A ${noun}'s body is ${min} to ${max} words.`,
    check: (content) =>
      content[collection].flatMap((entry) => {
        const words = wordsIn(entry.body ?? '');
        return words < min || words > max
          ? [finding(entry, collection, 'body', `has ${words} words; a ${noun}'s page needs ${min} to ${max}`)]
          : [];
      }),
  };
}

export const designLength = bodyLength('design-length', 'designs', 'design', LIMITS.designWords);

export const designParts: EditorialRule = {
  id: 'design-parts',
  description: 'A design\'s body has a `## How it works` heading and its `<CupDiagram design="…" />`.',
  check: (content) =>
    content.designs.flatMap((design) => {
      const body = design.body ?? '';
      const diagram = `<CupDiagram design="${design.id}" />`;
      return [
        ...(/^## How it works$/m.test(body) ? [] : [finding(design, 'designs', 'body', 'needs a "## How it works" heading')]),
        ...(body.includes(diagram)
          ? []
          : [finding(design, 'designs', 'body', `needs ${diagram} where it explains how the cup works`)]),
      ];
    }),
};

export const scenarioLength = bodyLength('scenario-length', 'scenarios', 'situation', LIMITS.scenarioWords);

export const scenarioTitleLength: EditorialRule = {
  id: 'scenario-title-length',
  description: `A situation's \`title\`, shown in search results, is at most ${LIMITS.scenarioTitle} characters.`,
  check: (content) =>
    content.scenarios
      .filter((scenario) => scenario.data.title.length > LIMITS.scenarioTitle)
      .map((scenario) =>
        finding(
          scenario,
          'scenarios',
          'title',
          `has ${scenario.data.title.length} characters; keep it to ${LIMITS.scenarioTitle}`,
        ),
      ),
};
