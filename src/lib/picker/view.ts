/**
 * The words and links a picker result is shown with, computed once from a
 * recommendation. The server renders the first result with it and the island re-renders
 * with it in the browser, so both say exactly the same thing.
 */
import { designUrl, modelUrl } from '../routes/urls';
import { reasonOf, type Ranked } from '../models/rank';
import type { CatalogModel } from './catalog';
import { VERDICTS, type Answers, type DesignId } from '../../vocabulary';
import type { Catalog } from './catalog';
import { counted, toQuery, type Recommendation, type Verdict } from './rules';

export interface PickerView {
  design: DesignId;
  /** The design shown first, or the tied designs: "Closed-back or open-back". */
  headline: string;
  /** One sentence on how decisive the result is; announced to screen readers. */
  summary: string;
  ranking: { design: DesignId; name: string; verdict: Verdict; label: string }[];
  reasons: string[];
  /** The models to look at, each with why it was chosen and a link to its sourced facts. */
  models: ModelView[];
  moreHref: string;
  /** The words of the link to the design shown first: "More about open-back headphones". */
  moreLabel: string;
  shareHref: string;
}

export interface ModelView {
  /** "Sony WH-1000XM6", or with "(alternative: …)" for the in-ear alternative. */
  name: string;
  /** Its row in the catalogue, where each fact links to its source. */
  href: string;
  /** Why it was chosen, in a few words: "closed back, noise cancelling, folds". */
  reasons: string;
}

/** A ranked model as the picker, the situation pages and the embed show it. */
export function modelView({ model, reasons }: Ranked<CatalogModel>, alternative = false): ModelView {
  return {
    name: alternative ? `${model.name} (in-ear alternative)` : model.name,
    href: modelUrl(model.id),
    // Where it meets none of the needs asked, it is here for its design alone.
    reasons: reasons.map((n) => reasonOf(model, n)).join(', ') || `${model.design} back`,
  };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function viewOf(result: Recommendation, catalog: Catalog, answers: Answers): PickerView {
  const name = (id: DesignId) => catalog.designs.find((d) => d.id === id)?.name ?? id;
  const best = result.ranking.filter((r) => r.verdict === 'best').map((r) => name(r.design));
  const headline = best.map((n, i) => (i ? lower(n) : n)).join(' or ');
  const winner = name(result.winner);
  const runnerUp = result.ranking[1];
  // What an unanswered question could still settle, for a tie.
  const asked = new Set(counted(answers).map(([q]) => q));
  const open = Object.entries(catalog.words.topics)
    .filter(([q]) => !asked.has(q as keyof Answers))
    .map(([, t]) => t);
  const depends = open.length ? open.slice(0, 2).join(' and ') : 'which matters more to you';
  const summary =
    result.margin === 'none'
      ? `With no answers that tell the designs apart, ${lower(winner)} is the safe default. Answer a question or two to tailor it.`
      : result.margin === 'tie'
        ? `${headline}: both fit your answers equally, so it depends on ${depends}.`
        : result.margin === 'narrow' && runnerUp
          ? `${winner} comes out ahead, but only just: ${lower(name(runnerUp.design))} is a close second.`
          : `${winner} is the clear fit for your answers.`;
  const models = result.models.map((m) => modelView(m));
  if (result.alternative) models.push(modelView(result.alternative, true));
  const query = toQuery(answers);
  return {
    design: result.winner,
    headline,
    summary,
    ranking: result.ranking.map((r) => ({
      design: r.design,
      name: name(r.design),
      verdict: r.verdict,
      label: VERDICTS[r.verdict],
    })),
    reasons: result.reasons.map((r) => r.text),
    models,
    moreHref: designUrl(result.winner),
    moreLabel: `More about ${winner.toLowerCase()} headphones`,
    shareHref: `/picker/${query ? `?${query}` : ''}`,
  };
}
