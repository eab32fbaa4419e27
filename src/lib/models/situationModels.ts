/**
 * The checks the build makes on the models each situation shows: enough of them meet its
 * must-haves, and two situations that need different things never show the same models in
 * the same order (which would mean the needs tell readers nothing).
 */
import type { ContentProblem } from '../content/entries';
import type { Needs } from '../../vocabulary';
import { meets, type Rankable, type Ranking } from './rank';

export interface SituationPick {
  /** The scenario's file, for the message. */
  file: string;
  needs: Needs;
  ranking: Ranking<Rankable>;
}

/** The fewest models a situation page shows. */
export const MIN_MODELS = 3;

const key = (needs: Needs) =>
  JSON.stringify(
    [needs.must, needs.nice, !!needs.alternative].map((x) => (Array.isArray(x) ? [...x].sort() : x)),
  );

export function situationModelProblems(picks: readonly SituationPick[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, SituationPick>();
  for (const pick of picks) {
    const { models } = pick.ranking;
    const meetingAll = models.filter((r) => pick.needs.must.every((n) => meets(r.model, n)));
    if (meetingAll.length < MIN_MODELS)
      problems.push({
        file: pick.file,
        field: 'needs.must',
        message: `only ${meetingAll.length} model(s) of the best designs meet ${pick.needs.must.join(', ') || 'these needs'}; a situation shows at least ${MIN_MODELS}: add models to content/models/ or ease a must-have`,
      });
    const order = models.map((r) => r.model.id).join(', ');
    const earlier = seen.get(order);
    if (earlier && key(earlier.needs) !== key(pick.needs))
      problems.push({
        file: pick.file,
        field: 'needs',
        message: `shows the same models in the same order as ${earlier.file} (${order}), though the two need different things: add a need that tells them apart, or models that do`,
      });
    else if (!earlier) seen.set(order, pick);
  }
  return problems;
}
