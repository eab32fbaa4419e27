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

export const designLength: EditorialRule = {
  id: 'design-length',
  description: `A design's body is ${LIMITS.designWords.min} to ${LIMITS.designWords.max} words.`,
  check: (content) =>
    content.designs.flatMap((design) => {
      const words = wordsIn(design.body ?? '');
      const { min, max } = LIMITS.designWords;
      return words < min || words > max
        ? [finding(design, 'designs', 'body', `has ${words} words; a design's page needs ${min} to ${max}`)]
        : [];
    }),
};

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

export const scenarioLength: EditorialRule = {
  id: 'scenario-length',
  description: `A situation's body is ${LIMITS.scenarioWords.min} to ${LIMITS.scenarioWords.max} words.`,
  check: (content) =>
    content.scenarios.flatMap((scenario) => {
      const words = wordsIn(scenario.body ?? '');
      const { min, max } = LIMITS.scenarioWords;
      return words < min || words > max
        ? [finding(scenario, 'scenarios', 'body', `has ${words} words; a situation's page needs ${min} to ${max}`)]
        : [];
    }),
};

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
