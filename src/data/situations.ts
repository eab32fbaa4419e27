/**
 * Every situation with the picker's verdict for it, computed once per build from the
 * scenario's answers: the situation tiles (home, /for/) and the situation pages read it
 * here, so no page can word or work out a verdict differently.
 */
import type { DesignId } from '../vocabulary';
import { recommend, type Recommendation } from '../lib/picker/rules';
import { bestNames, situationVerdict } from '../lib/reader/view';
import { getScenarios, type Scenario } from './content';
import { rankModels, tiersOf, type Ranking } from '../lib/models/rank';
import { situationModelProblems } from '../lib/models/situationModels';
import { formatProblems } from '../lib/content/entries';
import type { CatalogModel } from '../lib/picker/catalog';
import { getCatalog } from './picker';

export interface Situation {
  scenario: Scenario;
  result: Recommendation;
  winner: DesignId;
  /**
   * The winning design's name, "Closed-back", or every best design's where the picker
   * finds a tie: "Closed-back or open-back". A tie is never shown as one design's win.
   */
  winnerName: string;
  /** The verdict in fixed words: "Office: closed-back". */
  verdict: string;
  /** The models the page shows, ranked by the situation's own needs, with why. */
  models: Ranking<CatalogModel>;
}

let situations: Promise<Situation[]> | undefined;

export function getSituations(): Promise<Situation[]> {
  situations ??= (async () => {
    const [scenarios, catalog] = await Promise.all([getScenarios(), getCatalog()]);
    const all = scenarios.map((scenario) => {
      const result = recommend(scenario.data.answers, catalog);
      const nameOf = (id: DesignId) => catalog.designs.find((d) => d.id === id)?.name ?? id;
      const best = result.ranking.filter((r) => r.verdict === 'best');
      const winnerName = bestNames(best.map((r) => nameOf(r.design)));
      return {
        scenario,
        result,
        winner: result.winner,
        winnerName,
        verdict: situationVerdict(scenario.data.label, winnerName),
        models: rankModels(catalog.models, scenario.data.needs, {
          designs: best.map((r) => r.design),
          tiers: tiersOf(scenario.data.answers.budget),
        }),
      };
    });
    const problems = situationModelProblems(
      all.map((s) => ({
        file: s.scenario.filePath ?? `content/scenarios/${s.scenario.id}`,
        needs: s.scenario.data.needs,
        ranking: s.models,
      })),
    );
    if (problems.length > 0) throw new Error(formatProblems(problems));
    return all;
  })();
  return situations;
}
