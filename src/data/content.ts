/**
 * Every query pages make against the content collections. Pages never call
 * getCollection themselves, so sorting, grouping and the cross-file checks happen in
 * one place, and a broken reference fails the build instead of rendering a gap.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { DESIGN_IDS, type DesignId } from '../vocabulary';
import { buildCatalog } from '../lib/picker/catalog';
import { byOrder, formatProblems, sortModels } from '../lib/content/entries';
import { findContentProblems } from '../lib/content/references';
import { findEditorialProblems } from '../lib/content/rules';
import { findComponentPropProblems } from '../lib/content/componentProps';
import { expectationProblems } from '../lib/picker/expectations';

export type Design = CollectionEntry<'designs'>;
export type GuideSection = CollectionEntry<'guide'>;
export type Model = CollectionEntry<'models'>;
export type Faq = CollectionEntry<'faq'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Source = CollectionEntry<'sources'>;
export type Scenario = CollectionEntry<'scenarios'>;

let loaded: Promise<Awaited<ReturnType<typeof loadAll>>> | undefined;

async function loadAll() {
  const [designs, guide, models, faq, glossary, sources, scenarios] = await Promise.all([
    getCollection('designs'),
    getCollection('guide'),
    getCollection('models'),
    getCollection('faq'),
    getCollection('glossary'),
    getCollection('sources'),
    getCollection('scenarios'),
  ]);
  const problems = [
    ...findContentProblems({
      designs: designs.map((d) => ({ ...d, data: { design: d.data.design, ratings: d.data.ratings } })),
      guide,
      models,
      faq,
      glossary,
      sources,
      scenarios,
    }),
    ...findEditorialProblems({ designs, guide, models, faq, glossary, sources, scenarios }),
    ...findComponentPropProblems({ designs, guide, faq, scenarios }),
  ];
  // Only once the references hold: the picker needs every design to decide.
  if (problems.length === 0) problems.push(...expectationProblems(scenarios, buildCatalog(designs, models)));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return { designs, guide, models, faq, glossary, sources, scenarios };
}

/** All collections, loaded and checked once per build. */
function content() {
  loaded ??= loadAll();
  return loaded;
}

/** The designs in spectrum order: closed, semi-open, open. */
export async function getDesigns(): Promise<Design[]> {
  return byOrder((await content()).designs);
}

export async function getDesign(id: DesignId): Promise<Design> {
  const design = (await content()).designs.find((d) => d.id === id);
  if (!design) throw new Error(`No design "${id}" in content/designs/`);
  return design;
}

/** The article's sections in reading order. */
export async function getGuideSections(): Promise<GuideSection[]> {
  return byOrder((await content()).guide);
}

/** Every model, budget tier first. */
export async function getModels(): Promise<Model[]> {
  return sortModels((await content()).models);
}

/** Every model grouped by design, in spectrum order. */
export async function getModelsByDesign(): Promise<Map<DesignId, Model[]>> {
  const models = await getModels();
  return new Map(DESIGN_IDS.map((id) => [id, models.filter((m) => m.data.design.value === id)]));
}

export async function getFaq(): Promise<Faq[]> {
  return byOrder((await content()).faq);
}

/** Glossary terms in alphabetical order. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return [...(await content()).glossary].sort((a, b) => a.data.term.localeCompare(b.data.term));
}

/** Sources in alphabetical order of publisher. */
export async function getSources(): Promise<Source[]> {
  return [...(await content()).sources].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id),
  );
}

export async function getSource(id: string): Promise<Source> {
  const source = (await content()).sources.find((s) => s.id === id);
  if (!source) throw new Error(`No source "${id}" in content/sources/`);
  return source;
}

export async function getScenarios(): Promise<Scenario[]> {
  return byOrder((await content()).scenarios);
}
