/**
 * A rule over the content, not a check of today's text: no run of eight words of prose
 * may appear on more than three pages. A fact belongs on one page, and other pages link
 * to it; repeating the same sentence everywhere is how a guide turns into boilerplate.
 *
 * Pages are counted the way a reader meets them: the article's sections share one page,
 * as do the questions and the glossary terms; each design and each situation has its own.
 * Text that components generate from data (pros, cons, ratings) counts once, on its
 * design's page, since repeating data across tables is the point of a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repeatedPhrases } from '../support/repetition';

const ROOT = resolve(import.meta.dirname, '..', '..', 'content');
const PHRASE_WORDS = 8;
const MAX_PAGES = 3;

function files(collection: string): { name: string; text: string }[] {
  const dir = join(ROOT, collection);
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The prose of an MDX file: front matter strings and the body, without tags or link targets. */
function proseOf(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const [front, body] = match ? [match[1]!, match[2]!] : ['', text];
  return `${stringsIn(yaml.load(front)).join('\n')}\n${stripMarkup(body)}`;
}

function stripMarkup(body: string): string {
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#+\s/gm, '');
}

/** Every string in parsed YAML, however deep, each on its own so phrases never span two. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function pages(): { id: string; text: string }[] {
  const joined = (collection: string) => ({
    id: `content/${collection}/ (one page)`,
    text: files(collection)
      .map((f) => (f.name.endsWith('.yaml') ? stringsIn(yaml.load(f.text)).join('\n') : proseOf(f.text)))
      .join('\n\n'),
  });
  const each = (collection: string) =>
    files(collection).map((f) => ({ id: `content/${collection}/${f.name}`, text: proseOf(f.text) }));
  return [joined('guide'), joined('faq'), joined('glossary'), ...each('designs'), ...each('scenarios')];
}

describe('the prose', () => {
  it(`repeats no ${PHRASE_WORDS}-word phrase on more than ${MAX_PAGES} pages`, () => {
    const repeated = repeatedPhrases(pages(), PHRASE_WORDS, MAX_PAGES).map(
      (r) => `"${r.phrase}" on ${r.pages.length} pages: ${r.pages.join(', ')}`,
    );
    expect(repeated, 'say it once where it belongs, and link to it from the other pages').toEqual([]);
  });
});
