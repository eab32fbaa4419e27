/**
 * The checks a schema cannot make because they look across collections: references
 * between entries (Astro 7 only logs a dangling `reference()`), ids used twice, the ids
 * MDX components name in prose, and sources that no page cites.
 */
import { fileOf, type ContentProblem, type EntryLike } from './entries';

/** Everything the cross-collection checks need. */
export interface ContentSet {
  /** `ratings` is optional so checks that only need the design id can pass less. */
  designs: readonly EntryLike<{ design: string; ratings?: Readonly<Record<string, { source: string }>> }>[];
  guide: readonly EntryLike<{ order: number }>[];
  models: readonly EntryLike<{
    /** The design and kind are facts too, each with its source. */
    design: { value: string; source: string };
    kind?: { value: string; source: string } | undefined;
    sources: readonly string[];
    brand: string;
    model: string;
    /** Published facts, each citing the source that states it. */
    facts?: Readonly<Record<string, { source: string } | undefined>>;
  }>[];
  faq: readonly EntryLike<{ order: number }>[];
  glossary: readonly EntryLike<{ seeAlso: readonly string[] }>[];
  sources: readonly EntryLike<unknown>[];
  scenarios: readonly EntryLike<unknown>[];
}

/** MDX components whose attribute names another entry: checked like any reference. */
const BODY_REFERENCES = [
  { pattern: /<Cite\s+id="([^"]*)"/g, collection: 'sources', what: '<Cite id>' },
  {
    pattern: /<(?:ProsCons|CupDiagram|ModelList)\s+design="([^"]*)"/g,
    collection: 'designs',
    what: 'design=',
  },
] as const;

/**
 * The checks a schema cannot make because they look across files: references between
 * collections (Astro 7 only logs a dangling `reference()`), ids used twice, and the
 * ids MDX components name in prose.
 */
export function findContentProblems(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    designs: new Set(content.designs.map((e) => e.id)),
    sources: new Set(content.sources.map((e) => e.id)),
    glossary: new Set(content.glossary.map((e) => e.id)),
  };
  const list = (set: Set<string>) => [...set].sort().join(', ');

  for (const design of content.designs) {
    if (design.data.design !== design.id) {
      problems.push({
        file: fileOf(design, 'designs'),
        field: 'design',
        message: `is "${design.data.design}" but the file is named "${design.id}": they must match`,
      });
    }
  }

  const seenModels = new Map<string, string>();
  for (const model of content.models) {
    const file = fileOf(model, 'models');
    if (!ids.designs.has(model.data.design.value)) {
      problems.push({
        file,
        field: 'design.value',
        message: `"${model.data.design.value}" is not a design; use one of: ${list(ids.designs)}`,
      });
    }
    for (const field of ['design', 'kind'] as const) {
      const source = model.data[field]?.source;
      if (source !== undefined && !ids.sources.has(source)) {
        problems.push({ file, field: `${field}.source`, message: `"${source}" is not a source in content/sources/` });
      }
    }
    (model.data.sources ?? []).forEach((source, index) => {
      if (!ids.sources.has(source)) {
        problems.push({
          file,
          field: `sources[${index}]`,
          message: `"${source}" is not a source in content/sources/`,
        });
      }
    });
    for (const [fact, value] of Object.entries(model.data.facts ?? {})) {
      if (value && !ids.sources.has(value.source)) {
        problems.push({
          file,
          field: `facts.${fact}.source`,
          message: `"${value.source}" is not a source in content/sources/`,
        });
      }
    }
    const name = `${model.data.brand} ${model.data.model}`.toLowerCase();
    const earlier = seenModels.get(name);
    if (earlier) {
      problems.push({ file, field: 'model', message: `"${name}" is already described in ${earlier}` });
    } else {
      seenModels.set(name, file);
    }
  }

  for (const term of content.glossary) {
    term.data.seeAlso.forEach((other, index) => {
      if (!ids.glossary.has(other)) {
        problems.push({
          file: fileOf(term, 'glossary'),
          field: `seeAlso[${index}]`,
          message: `"${other}" is not a glossary entry`,
        });
      }
    });
  }

  // Each entry's own `order` is an editorial rule (rules/order.ts).

  const withBodies: [string, readonly EntryLike<unknown>[]][] = [
    ['designs', content.designs],
    ['guide', content.guide],
    ['faq', content.faq],
    ['scenarios', content.scenarios],
  ];
  for (const [collection, entries] of withBodies) {
    for (const entry of entries) {
      for (const { pattern, collection: target, what } of BODY_REFERENCES) {
        for (const match of (entry.body ?? '').matchAll(pattern)) {
          const id = match[1] ?? '';
          const known = target === 'sources' ? ids.sources : ids.designs;
          if (!known.has(id)) {
            problems.push({
              file: fileOf(entry, collection),
              field: `body ${what}`,
              message: `"${id}" is not in ${target}; use one of: ${list(known)}`,
            });
          }
        }
      }
    }
  }
  problems.push(...findCitationProblems(content));
  return problems;
}

/** The value of a rating's `source` that marks the guide's own judgement (see schemas/designs.ts). */
const OWN_JUDGEMENT = 'judgement';

/** Every source id something cites: `<Cite id>` in a body, a model's `sources`, a rating's `source`. */
export function citedSourceIds(content: ContentSet): Set<string> {
  const cited = new Set<string>();
  for (const entry of [...content.designs, ...content.guide, ...content.faq, ...content.scenarios]) {
    for (const match of (entry.body ?? '').matchAll(/<Cite\s+id="([^"]*)"/g)) cited.add(match[1] ?? '');
  }
  for (const model of content.models) {
    for (const id of model.data.sources ?? []) cited.add(id);
    cited.add(model.data.design.source);
    if (model.data.kind) cited.add(model.data.kind.source);
    for (const fact of Object.values(model.data.facts ?? {})) if (fact) cited.add(fact.source);
  }
  for (const design of content.designs) {
    for (const rating of Object.values(design.data.ratings ?? {})) {
      if (rating.source !== OWN_JUDGEMENT) cited.add(rating.source);
    }
  }
  return cited;
}

/**
 * Citation rules no single file can check: a rating's `source` names a real source (or
 * says it is the guide's own judgement), and every source is cited somewhere, because a
 * source nobody cites backs no claim and only makes the list look longer.
 */
export function findCitationProblems(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Set(content.sources.map((e) => e.id));
  for (const design of content.designs) {
    for (const [attribute, rating] of Object.entries(design.data.ratings ?? {})) {
      if (rating.source !== OWN_JUDGEMENT && !sources.has(rating.source)) {
        problems.push({
          file: fileOf(design, 'designs'),
          field: `ratings.${attribute}.source`,
          message: `"${rating.source}" is not a source in content/sources/; name one, or write "${OWN_JUDGEMENT}" if the score is the guide's own judgement`,
        });
      }
    }
  }
  const cited = citedSourceIds(content);
  for (const source of content.sources) {
    if (!cited.has(source.id)) {
      problems.push({
        file: fileOf(source, 'sources'),
        field: 'id',
        message: `no page cites "${source.id}": cite it with <Cite id="${source.id}" />, a model's sources or a rating's source, or delete the file`,
      });
    }
  }
  return problems;
}

