/**
 * The words and links a picker result is shown with, computed once from a
 * recommendation. The server renders the first result with it and the island re-renders
 * with it in the browser, so both say exactly the same thing.
 */
import { QUESTIONS, type Answers, type DesignId } from './answers';
import type { Catalog } from './catalog';
import { toQuery, type Recommendation } from './picker';

export interface PickerView {
  design: DesignId;
  /** The winning design's name: "Open-back". */
  headline: string;
  /** One sentence on how decisive the result is; announced to screen readers. */
  summary: string;
  ranking: { design: DesignId; text: string; verdict: 'best' | 'fine' | 'avoid' }[];
  reasons: string[];
  models: string[];
  moreHref: string;
  shareHref: string;
}

const VERDICT_WORDS = { best: 'best fit', fine: 'fine', avoid: 'avoid' } as const;

export function viewOf(result: Recommendation, catalog: Catalog, answers: Answers): PickerView {
  const name = (id: DesignId) => catalog.designs.find((d) => d.id === id)?.name ?? id;
  const winner = name(result.winner);
  const runnerUp = result.ranking[1];
  const summary =
    result.margin === 'none'
      ? `With no answers yet, ${winner.toLowerCase()} is the safe default. Answer a question or two to tailor it.`
      : result.margin === 'narrow' && runnerUp
        ? `${winner} comes out ahead, but only just: ${name(runnerUp.design).toLowerCase()} is a close second.`
        : `${winner} is the clear fit for your answers.`;
  const answerLabel = (question: keyof typeof QUESTIONS, value: string) =>
    (QUESTIONS[question].values as Record<string, string>)[value] ?? value;
  return {
    design: result.winner,
    headline: winner,
    summary,
    ranking: result.ranking.map((r) => ({
      design: r.design,
      verdict: r.verdict,
      text: `${name(r.design)}: ${VERDICT_WORDS[r.verdict]}`,
    })),
    reasons:
      result.margin === 'none'
        ? [`${winner} headphones suit most listeners, indoors and out, so they are the safe default.`]
        : result.reasons.map(
            (r) =>
              `${r.effect === 'for' ? '' : `Against ${name(r.design).toLowerCase()}: `}${r.text} (you chose “${answerLabel(r.question, r.value)}”)`,
          ),
    models: result.models.map((m) => m.name),
    moreHref: `/designs/${result.winner}/`,
    shareHref: `/picker/${toQuery(answers) ? `?${toQuery(answers)}` : ''}`,
  };
}
