/**
 * The editorial check on the picker: each scenario states the verdict the guide expects
 * for each design (and its prose is written to it); the picker must compute exactly that
 * from the scenario's answers. A mismatch fails the build, naming the file, so a change
 * of rules that contradicts a page, or a page that contradicts the rules, cannot ship.
 */
import type { Answers, DesignId } from '../../vocabulary';
import type { Catalog } from './catalog';
import type { ContentProblem, EntryLike } from '../content/entries';
import { recommend, type Verdict } from './rules';

export interface ScenarioLike {
  answers: Answers;
  expect: Record<DesignId, Verdict>;
}

export function expectationProblems(
  scenarios: readonly EntryLike<ScenarioLike>[],
  catalog: Catalog,
): ContentProblem[] {
  return scenarios.flatMap((scenario) => {
    const { ranking } = recommend(scenario.data.answers, catalog);
    return ranking.flatMap(({ design, verdict }): ContentProblem[] => {
      const expected = scenario.data.expect[design];
      return expected === verdict
        ? []
        : [
            {
              file: scenario.filePath ?? `content/scenarios/${scenario.id}`,
              field: `expect.${design}`,
              message: `is "${expected}" but the picker computes "${verdict}" for these answers; change the answers, the expectation and the prose, or the rules in src/lib/picker/rules.ts`,
            },
          ];
    });
  });
}
