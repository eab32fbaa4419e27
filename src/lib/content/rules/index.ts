/**
 * The editorial rules a schema cannot state about one field alone: they read bodies,
 * compare dates, or look across files. Each is a small named rule in this folder; the
 * build runs them all with the cross-file checks (src/data/content.ts), so a broken rule
 * stops the build naming the file, the field and the rule, and an editor following the
 * README never meets a rule only a test knows. The README lists every rule by its id and
 * description, and a unit test holds that list to this one.
 */
import type { ContentProblem } from '../entries';
import { datesNotLater, updatedAfterPublished } from './dates';
import { fileName, noPrices } from './files';
import { seeAlsoNotSelf } from './glossary';
import { guideHeadingAnchor, guideHeadingLevel } from './headings';
import { answerLength, designLength, designParts, scenarioLength, scenarioTitleLength } from './lengths';
import { linkHttps, linkTarget } from './links';
import { designSpectrum, orderUnique } from './order';
import { repeatedPhrase } from './repetition';
import type { EditorialRule, RuleSet } from './rule';
import { day } from './text';

export { LIMITS } from './limits';
export { headingSlug, linksIn, wordsIn } from './text';
export { linkTargets } from './links';
export type { EditorialRule, RuleSet } from './rule';

/** Every rule, in the order the build reports what they find. */
export const EDITORIAL_RULES: readonly EditorialRule[] = [
  fileName,
  noPrices,
  datesNotLater,
  updatedAfterPublished,
  linkHttps,
  linkTarget,
  guideHeadingLevel,
  guideHeadingAnchor,
  answerLength,
  designLength,
  designParts,
  scenarioLength,
  scenarioTitleLength,
  orderUnique,
  designSpectrum,
  seeAlsoNotSelf,
  repeatedPhrase,
];

export interface RuleOptions {
  /** The day the build runs; a page may not claim a later date. */
  today?: Date;
}

/** What every rule finds in the content, each problem named by its rule. */
export function findEditorialProblems(
  content: RuleSet,
  options: RuleOptions = {},
  rules: readonly EditorialRule[] = EDITORIAL_RULES,
): ContentProblem[] {
  const context = { today: day(options.today ?? new Date()) };
  return rules.flatMap((rule) => rule.check(content, context).map((found) => ({ ...found, rule: rule.id })));
}
