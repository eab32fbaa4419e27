/**
 * Pure helpers over content entries: their shape, sorting, the file a problem names and
 * the build's report of problems. They take plain entry-shaped objects, so they run in
 * unit tests without Astro. The checks across files are in references.ts and rules/.
 */
import { type Tier, TIERS } from '../../vocabulary';

/** The parts of a content entry these helpers read. */
export interface EntryLike<D> {
  id: string;
  data: D;
  /** Path of the source file relative to the project, when the loader knows it. */
  filePath?: string | undefined;
  /** The raw MDX or Markdown body. */
  body?: string | undefined;
}

/** A problem in the content, phrased so an editor can fix it without reading code. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The editorial rule that found it (rules/), which the README lists by this id. */
  rule?: string;
}

/** Entries ordered by their `order` field, ties broken by id so output is stable. */
export function byOrder<E extends EntryLike<{ order: number }>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Models sorted by tier in the one tier order (budget first), then by full name. */
export function sortModels<M extends EntryLike<{ tier: Tier; brand: string; model: string }>>(
  models: readonly M[],
): M[] {
  return [...models].sort(
    (a, b) =>
      TIERS.indexOf(a.data.tier) - TIERS.indexOf(b.data.tier) ||
      `${a.data.brand} ${a.data.model}`.localeCompare(`${b.data.brand} ${b.data.model}`),
  );
}

/** The file an entry came from, as problems name it. */
export function fileOf(entry: EntryLike<unknown>, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

/** One readable message for a failed build, one line per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}${p.rule ? ` [${p.rule}]` : ''}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
