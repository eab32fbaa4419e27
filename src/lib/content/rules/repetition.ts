/**
 * The rule against boilerplate: a run of words on more pages than LIMITS.repeatedPhrase
 * allows. Pages are counted the way a reader meets them: the article's sections share one
 * page, as do the questions and the glossary's terms; each design and each situation has
 * its own. Text that components build from a design's data (pros, cons, ratings) counts
 * once, on its design's page, since repeating data across tables is the point of a table.
 * Each phrase is reported on the first file that has it, with every page that repeats it.
 */
import { fileOf } from '../entries';
import { phrasesOf, repeatedPhrases, stripMarkup } from '../repetition';
import { LIMITS } from './limits';
import type { Collection, EditorialRule, Entry, Finding, RuleSet } from './rule';
import { stringsIn } from './text';

interface ProsePage {
  id: string;
  entries: { entry: Entry; collection: Collection }[];
}

/** An entry's prose: the strings of its data, then its body without markup. */
const proseOf = (entry: Entry) =>
  [...stringsIn(entry.data).map(([, text]) => text), stripMarkup(entry.body ?? '')].join('\n');

function repetitionProblems(content: RuleSet): Finding[] {
  const joined = (collection: 'guide' | 'faq' | 'glossary'): ProsePage => ({
    id: `content/${collection}/`,
    entries: content[collection].map((entry) => ({ entry, collection })),
  });
  const each = (collection: 'designs' | 'scenarios'): ProsePage[] =>
    content[collection].map((entry) => ({ id: fileOf(entry, collection), entries: [{ entry, collection }] }));
  const pages = [joined('guide'), joined('faq'), joined('glossary'), ...each('designs'), ...each('scenarios')];
  const texts = new Map(pages.flatMap((p) => p.entries).map(({ entry }) => [entry, proseOf(entry)]));
  const { words, pages: most } = LIMITS.repeatedPhrase;
  const repeated = repeatedPhrases(
    pages.map((p) => ({ id: p.id, text: p.entries.map(({ entry }) => texts.get(entry)).join('\n\n') })),
    words,
    most,
  );
  // One long shared passage gives many overlapping runs on the same pages: report it once.
  const byPages = new Map<string, { phrase: string; on: string[]; more: number }>();
  for (const { phrase, pages: on } of repeated) {
    const key = on.join('\n');
    const seen = byPages.get(key);
    if (seen) seen.more += 1;
    else byPages.set(key, { phrase, on, more: 0 });
  }
  return [...byPages.values()].map(({ phrase, on, more }) => {
    const first = pages
      .filter((p) => on.includes(p.id))
      .flatMap((p) => p.entries)
      .find(({ entry }) => phrasesOf(texts.get(entry) ?? '', words).has(phrase));
    const also = more > 0 ? ` (and ${more} more runs of ${words} words on the same pages)` : '';
    return {
      // Always found: the phrase was collected from these entries' texts.
      file: first ? fileOf(first.entry, first.collection) : (on[0] ?? ''),
      field: 'body',
      message: `"${phrase}"${also} is on ${on.length} pages (${on.join(', ')}), at most ${most} may share ${words} words: say it once where it belongs and link to it from the others`,
    };
  });
}

export const repeatedPhrase: EditorialRule = {
  id: 'repeated-phrase',
  description: `No run of ${LIMITS.repeatedPhrase.words} words of prose is on more than ${LIMITS.repeatedPhrase.pages} pages: say it once where it belongs and link to it.`,
  check: repetitionProblems,
};
