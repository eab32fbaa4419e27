/**
 * One row of the scenario matrix from a picker recommendation: a verdict for each
 * design, with the reason the picker gave for that verdict (a rule for `avoid`, what
 * favours it for `best`; `fine` has none of its own).
 */
import type { DesignId } from '../../vocabulary';
import type { Catalog } from './catalog';
import type { Recommendation, Verdict } from './rules';
import { asStatement } from '../reader/view';

export interface MatrixCell {
  design: DesignId;
  verdict: Verdict;
  reason: string | undefined;
}

export function matrixRow(result: Recommendation, catalog: Catalog): MatrixCell[] {
  return catalog.designs.map((design) => {
    const verdict = result.ranking.find((r) => r.design === design.id)?.verdict ?? 'fine';
    const reason =
      verdict === 'fine'
        ? undefined
        : result.reasons.find(
            (r) => r.design === design.id && r.effect === (verdict === 'avoid' ? 'against' : 'for'),
          );
    // The matrix describes situations, not a reader's answers.
    return { design: design.id, verdict, reason: reason && asStatement(reason.text) };
  });
}
