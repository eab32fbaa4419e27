/**
 * The rules a model ranking must keep, as one checker the property tests share: over
 * generated catalogues, over every picker answer set and over every situation.
 */
import { IN_EAR_KINDS, type Need, type Needs } from '../../src/vocabulary';
import { meets, type Rankable, type Ranking } from '../../src/lib/models/rank';

/** Each rule the ranking breaks, in words; empty when it keeps them all. */
export function rankingBreaks<M extends Rankable>(
  catalog: readonly M[],
  needs: Needs,
  designs: readonly string[],
  ranking: Ranking<M>,
): string[] {
  const breaks: string[] = [];
  const shown = ranking.models.map((r) => r.model);
  const order: Need[] = [...new Set([...needs.must, ...needs.nice])];
  const candidates = catalog.filter((m) => designs.includes(m.design));
  const inEar = (m: M) => !!m.kind && IN_EAR_KINDS.includes(m.kind);
  /** > 0 when a meets the first need they differ on. */
  const compare = (a: M, b: M) => {
    for (const n of order) if (meets(a, n) !== meets(b, n)) return meets(a, n) ? 1 : -1;
    return 0;
  };

  if (shown.length > 3) breaks.push('more than three models');
  if (shown.some((m) => !designs.includes(m.design))) breaks.push('a model of a design not rated best');
  if (new Set(shown.map((m) => m.id)).size !== shown.length) breaks.push('a model shown twice');
  if (candidates.length && !shown.length) breaks.push('no model, though some fit the designs');

  // A must-have is missing only where no model (meeting the earlier must-haves) meets it.
  let pool = candidates;
  for (const n of needs.must) {
    if (pool.some((m) => meets(m, n))) {
      if (shown.some((m) => !meets(m, n)))
        breaks.push(`a model lacks the must-have "${n}" another model meets`);
      pool = pool.filter((m) => meets(m, n));
    }
  }

  // A model that meets a need is never below one that does not, at the first need they differ on.
  shown.forEach((m, i) => {
    const next = shown[i + 1];
    if (next && compare(m, next) < 0) breaks.push(`${next.id} meets a need ${m.id} lacks, yet ranks lower`);
  });
  const last = shown.at(-1);
  for (const m of pool)
    if (last && shown.length === 3 && !shown.includes(m) && compare(m, last) > 0)
      breaks.push(`${m.id} is left out, though it meets a need ${last.id} lacks`);

  // Each shown model's reasons are exactly the needs it meets, in the situation's order.
  for (const r of ranking.models)
    if (r.reasons.join() !== order.filter((n) => meets(r.model, n)).join())
      breaks.push(`${r.model.id}'s reasons are not the needs it meets`);

  // The in-ear alternative shows where it is asked for and one exists.
  const alt = ranking.alternative?.model;
  if (alt && !inEar(alt)) breaks.push('the alternative is not an in-ear model or earbuds');
  if (alt && !needs.alternative) breaks.push('an alternative nobody asked for');
  if (needs.alternative && !shown.some(inEar) && !alt && pool.some(inEar))
    breaks.push('no in-ear alternative, though one fits');
  return breaks;
}
