/**
 * The editorial rules a schema cannot state about one field alone: they read bodies,
 * compare dates, or look across files. The build runs them with the cross-file checks
 * (src/data/content.ts), so a broken rule stops the build naming the file and the field,
 * and an editor following the README never meets a rule only a test knows.
 */
import { DESIGN_IDS } from '../../vocabulary';
import { fileOf, type ContentProblem, type EntryLike } from './entries';
import { SLUG_PATTERN } from '../../schemas/common';
import { phrasesOf, repeatedPhrases, stripMarkup } from './repetition';
import {
  COMPARE_URL,
  compareUrl,
  designUrl,
  EMBED_PICKER_URL,
  FAQ_URL,
  faqUrl,
  GLOSSARY_URL,
  glossaryUrl,
  guideSectionUrl,
  GUIDE_URL,
  HOME_URL,
  SITUATIONS_URL,
  PICKER_URL,
  scenarioUrl,
} from '../routes/urls';

type Entry = EntryLike<unknown>;

/** Every collection, as the loader returns it (data already checked by its schema). */
export interface RuleSet {
  designs: readonly Entry[];
  guide: readonly Entry[];
  models: readonly Entry[];
  faq: readonly Entry[];
  glossary: readonly Entry[];
  sources: readonly Entry[];
  scenarios: readonly Entry[];
}

/** Lowercase words joined by hyphens: ids become URLs and anchors (the schemas' own pattern). */
const ID = SLUG_PATTERN;

/** A price in a currency: prices age within months, so the guide speaks in tiers. */
const PRICE = /[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b/i;

/** Length ranges, in words, that keep each kind of page readable. */
export const LIMITS = {
  /** The body of a design's page: enough to explain how it works, short enough to read. */
  designWords: { min: 300, max: 600 },
  /** The body of a situation's page. */
  scenarioWords: { min: 150, max: 300 },
  /** The article's first paragraph is the direct answer a hurried reader takes away. */
  answerWords: 45,
  /** A situation's title is its <title>: search results cut it beyond about 60 characters. */
  scenarioTitle: 60,
  /**
   * A run of this many words of prose may appear on at most this many pages. A fact
   * belongs on one page, and other pages link to it; the same sentence everywhere is how
   * a guide turns into boilerplate.
   */
  repeatedPhrase: { words: 8, pages: 3 },
} as const;

const dataOf = (entry: Entry) => (entry.data ?? {}) as Record<string, unknown>;

/** Words of prose in an MDX body, ignoring tags, link targets and Markdown punctuation. */
export function wordsIn(body: string): number {
  const prose = body
    .replace(/^import\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*[-*]\s/gm, ' ')
    .replace(/[#*_[\]>`]+/g, ' ');
  return prose.split(/\s+/).filter(Boolean).length;
}

/** Link targets in an MDX body: Markdown links and href attributes. */
export function linksIn(body: string): string[] {
  const markdown = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const attributes = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
  return [...markdown, ...attributes];
}

/** The anchor MDX gives a heading: its text, lowercased, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Every string in a value, with the path of the field that holds it: `pros[2].detail`. */
function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** A calendar day as `YYYY-MM-DD`, in UTC like the dates YAML parses. */
const day = (date: Date) => date.toISOString().slice(0, 10);

export interface RuleOptions {
  /** The day the build runs; a page may not claim a later date. */
  today?: Date;
}

export function findEditorialProblems(content: RuleSet, options: RuleOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (entry: Entry, collection: string, field: string, message: string) =>
    problems.push({ file: fileOf(entry, collection), field, message });
  const collections = Object.entries(content) as [keyof RuleSet, readonly Entry[]][];
  const withBodies = collections.filter(([name]) => ['designs', 'guide', 'faq', 'scenarios'].includes(name));

  // Ids: the file name is the id, and it ends up in URLs and anchors.
  for (const [collection, entries] of collections) {
    for (const entry of entries) {
      if (!ID.test(entry.id)) {
        add(
          entry,
          collection,
          'file name',
          `"${entry.id}" must be lowercase words joined by hyphens, like "mic-bleed"`,
        );
      }
    }
  }

  // No prices in a currency, in any field or body.
  for (const [collection, entries] of collections) {
    for (const entry of entries) {
      for (const [field, text] of [
        ...stringsIn(entry.data),
        ['body', entry.body ?? ''] as [string, string],
      ]) {
        const price = PRICE.exec(text);
        if (price) {
          add(
            entry,
            collection,
            field,
            `states a price ("${price[0]}"); name a tier (budget, mid, high-end) instead`,
          );
        }
      }
    }
  }

  // Dates: written by hand, so check they are possible.
  const today = day(options.today ?? new Date());
  for (const [collection, entries] of collections) {
    for (const entry of entries) {
      const { published, updated } = dataOf(entry);
      for (const [field, value] of [
        ['published', published],
        ['updated', updated],
      ] as const) {
        if (value instanceof Date && day(value) > today) {
          add(
            entry,
            collection,
            field,
            `${day(value)} is later than today (${today}); write the day it happened`,
          );
        }
      }
      if (published instanceof Date && updated instanceof Date && updated < published) {
        add(entry, collection, 'updated', `${day(updated)} is before published (${day(published)})`);
      }
    }
  }

  // Links in bodies: other sites over https only; this site only to pages and anchors that exist.
  const targets = new Set([
    HOME_URL,
    COMPARE_URL,
    PICKER_URL,
    FAQ_URL,
    GLOSSARY_URL,
    EMBED_PICKER_URL,
    GUIDE_URL,
    SITUATIONS_URL,
    guideSectionUrl('faq'),
    guideSectionUrl('sources'),
    ...DESIGN_IDS.map(designUrl),
    ...DESIGN_IDS.flatMap((a, i) => DESIGN_IDS.slice(i + 1).map((b) => compareUrl(a, b))),
    ...content.guide.map((e) => guideSectionUrl(e.id)),
    ...content.faq.map((e) => faqUrl(e.id)),
    ...content.glossary.map((e) => glossaryUrl(e.id)),
    ...content.scenarios.map((e) => scenarioUrl(e.id)),
  ]);
  for (const [collection, entries] of withBodies) {
    for (const entry of entries) {
      for (const href of linksIn(entry.body ?? '')) {
        if (href.startsWith('#')) continue;
        if (href.startsWith('/')) {
          if (!targets.has(href)) {
            add(
              entry,
              collection,
              'body link',
              `"${href}" is not a page or anchor of this site (paths end in "/", before any "#")`,
            );
          }
        } else if (!href.startsWith('https://')) {
          add(entry, collection, 'body link', `"${href}" must be an https:// address`);
        }
      }
    }
  }

  // Headings: each guide section's title is the page's h2, so its own headings start at ###,
  // and their anchors must not take an id the home page already uses.
  const taken = new Set([
    ...content.guide.map((e) => e.id),
    ...content.faq.map((e) => e.id),
    'faq',
    'sources',
  ]);
  for (const section of content.guide) {
    const body = section.body ?? '';
    for (const match of body.matchAll(/^(#{1,2})\s+(.+)$/gm)) {
      add(
        section,
        'guide',
        'body heading',
        `"${match[0]}" is level ${(match[1] ?? '').length}; use ### or deeper`,
      );
    }
    for (const match of body.matchAll(/^#{3,6}\s+(.+)$/gm)) {
      const slug = headingSlug(match[1] ?? '');
      if (taken.has(slug)) {
        add(
          section,
          'guide',
          'body heading',
          `"${match[1]}" gets the anchor #${slug}, which the home page already uses`,
        );
      }
    }
  }

  // Lengths.
  const [opening] = [...content.guide].sort(
    (a, b) => Number(dataOf(a)['order']) - Number(dataOf(b)['order']) || a.id.localeCompare(b.id),
  );
  if (opening) {
    const first = (opening.body ?? '').trim().split(/\n\s*\n/)[0] ?? '';
    if (wordsIn(first) > LIMITS.answerWords) {
      add(
        opening,
        'guide',
        'body',
        `its first paragraph is the direct answer: ${wordsIn(first)} words, keep it to ${LIMITS.answerWords}`,
      );
    }
  }
  for (const design of content.designs) {
    const body = design.body ?? '';
    const words = wordsIn(body);
    const { min, max } = LIMITS.designWords;
    if (words < min || words > max)
      add(design, 'designs', 'body', `has ${words} words; a design's page needs ${min} to ${max}`);
    if (!/^## How it works$/m.test(body)) add(design, 'designs', 'body', 'needs a "## How it works" heading');
    if (!body.includes(`<CupDiagram design="${design.id}" />`)) {
      add(
        design,
        'designs',
        'body',
        `needs <CupDiagram design="${design.id}" /> where it explains how the cup works`,
      );
    }
  }
  for (const scenario of content.scenarios) {
    const words = wordsIn(scenario.body ?? '');
    const { min, max } = LIMITS.scenarioWords;
    if (words < min || words > max)
      add(scenario, 'scenarios', 'body', `has ${words} words; a situation's page needs ${min} to ${max}`);
    const title = String(dataOf(scenario)['title'] ?? '');
    if (title.length > LIMITS.scenarioTitle) {
      add(
        scenario,
        'scenarios',
        'title',
        `has ${title.length} characters; keep it to ${LIMITS.scenarioTitle}`,
      );
    }
  }

  // Order: each entry its own place; the designs read as a spectrum, closed to open.
  for (const [collection, entries] of [
    ['designs', content.designs],
    ['scenarios', content.scenarios],
  ] as const) {
    const seen = new Map<unknown, string>();
    for (const entry of entries) {
      const order = dataOf(entry)['order'];
      const earlier = seen.get(order);
      if (earlier !== undefined)
        add(entry, collection, 'order', `${String(order)} is also the order of "${earlier}"`);
      else seen.set(order, entry.id);
    }
  }
  const spectrum = [...content.designs]
    .sort((a, b) => Number(dataOf(a)['order']) - Number(dataOf(b)['order']))
    .map((d) => d.id);
  const expected = DESIGN_IDS.filter((id) => spectrum.includes(id));
  if (spectrum.join() !== expected.join()) {
    for (const design of content.designs) {
      add(design, 'designs', 'order', `the designs must read as a spectrum, ${DESIGN_IDS.join(', then ')}`);
    }
  }

  // Models: every fact carries its own source, which the schema checks (src/schemas/models.ts).

  // Glossary: a term never sends the reader back to itself.
  for (const term of content.glossary) {
    const seeAlso = (dataOf(term)['seeAlso'] as unknown[] | undefined) ?? [];
    seeAlso.forEach((other, index) => {
      if (other === term.id) add(term, 'glossary', `seeAlso[${index}]`, 'names the term itself');
    });
  }

  problems.push(...repetitionProblems(content));
  return problems;
}

/** An entry's prose: the strings of its data, then its body without markup. */
const proseOf = (entry: Entry) =>
  [...stringsIn(entry.data).map(([, text]) => text), stripMarkup(entry.body ?? '')].join('\n');

/**
 * Phrases on more pages than LIMITS.repeatedPhrase allows. Pages are counted the way a
 * reader meets them: the article's sections share one page, as do the questions and the
 * glossary's terms; each design and each situation has its own. Text that components
 * build from a design's data (pros, cons, ratings) counts once, on its design's page,
 * since repeating data across tables is the point of a table. Each phrase is reported on
 * the first file that has it, with every page that repeats it.
 */
interface ProsePage {
  id: string;
  entries: { entry: Entry; collection: string }[];
}

function repetitionProblems(content: RuleSet): ContentProblem[] {
  const joined = (collection: 'guide' | 'faq' | 'glossary'): ProsePage => ({
    id: `content/${collection}/`,
    entries: content[collection].map((entry) => ({ entry, collection })),
  });
  const each = (collection: 'designs' | 'scenarios'): ProsePage[] =>
    content[collection].map((entry) => ({ id: fileOf(entry, collection), entries: [{ entry, collection }] }));
  const pages = [
    joined('guide'),
    joined('faq'),
    joined('glossary'),
    ...each('designs'),
    ...each('scenarios'),
  ];
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
