/**
 * One row of the scenario matrix from a picker recommendation: a verdict for each
 * design, with the strongest reason the picker gave about that design.
 */
import type { DesignId } from './answers';
import type { Catalog } from './catalog';
import type { Recommendation } from './picker';

export interface MatrixCell {
  design: DesignId;
  verdict: 'best' | 'fine' | 'avoid';
  reason: string | undefined;
}

export function matrixRow(result: Recommendation, catalog: Catalog): MatrixCell[] {
  return catalog.designs.map((design) => {
    const ranked = result.ranking.find((r) => r.design === design.id);
    const reason = result.reasons.find(
      (r) =>
        r.design === design.id && (ranked?.verdict === 'avoid' ? r.effect === 'against' : r.effect === 'for'),
    );
    return { design: design.id, verdict: ranked?.verdict ?? 'fine', reason: reason?.text };
  });
}
