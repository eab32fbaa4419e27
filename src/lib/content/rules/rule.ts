/**
 * What an editorial rule is, and what it reads: every collection, typed by the fields the
 * rules use (the schemas have already checked each field on its own).
 */
import { fileOf, type ContentProblem, type EntryLike } from '../entries';

/** A date an entry may carry, written by hand as `YYYY-MM-DD`. */
interface Dated {
  published?: Date | undefined;
  updated?: Date | undefined;
}

/** Every collection, as the loader returns it. */
export interface RuleSet {
  designs: readonly EntryLike<Dated & { order: number }>[];
  guide: readonly EntryLike<Dated & { order: number }>[];
  models: readonly EntryLike<object>[];
  faq: readonly EntryLike<{ order: number }>[];
  glossary: readonly EntryLike<{ seeAlso: readonly string[] }>[];
  sources: readonly EntryLike<object>[];
  scenarios: readonly EntryLike<Dated & { order: number; title: string }>[];
}

export type Collection = keyof RuleSet;
export type Entry = EntryLike<object>;

export interface RuleContext {
  /** The day the build runs, as `YYYY-MM-DD`: a page may not claim a later date. */
  today: string;
}

/** A problem as a rule reports it; the registry adds the rule's id. */
export type Finding = Omit<ContentProblem, 'rule'>;

export interface EditorialRule {
  /** Named in the build's error and in the README's list, so an editor can look it up. */
  id: string;
  /** What the rule asks of an entry, in one sentence: the README lists it as written here. */
  description: string;
  check(content: RuleSet, context: RuleContext): Finding[];
}

/** Every entry of every collection, with its collection's name. */
export function everyEntry(content: RuleSet): [Collection, Entry][] {
  return (Object.entries(content) as [Collection, readonly Entry[]][]).flatMap(([collection, entries]) =>
    entries.map((entry): [Collection, Entry] => [collection, entry]),
  );
}

/** The collections whose entries have an MDX body a reader sees. */
export const WITH_BODIES = ['designs', 'guide', 'faq', 'scenarios'] as const satisfies readonly Collection[];

/** A finding on an entry, named by its file. */
export const finding = (entry: Entry, collection: Collection, field: string, message: string): Finding => ({
  file: fileOf(entry, collection),
  field,
  message,
});
