/**
 * Glued words: text from the content that reaches a built page with a space lost
 * ("BeyerdynamicDT 770 PRO"). Astro drops the whitespace between two adjacent
 * expressions (`{brand} {model}`), and nothing else would notice, so this check reads
 * the phrases the content defines and looks for each one with a space missing in the
 * pages' visible text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface Phrase {
  /** The text as the content writes it: "Beyerdynamic DT 770 PRO". */
  text: string;
  /** Where it comes from, for the report: "content/models/x.yaml (brand + model)". */
  source: string;
}

export interface GluedWord {
  /** The glued text as found on the page. */
  found: string;
  phrase: Phrase;
}

// Tags that do not separate words on screen: text on either side of them runs together.
const INLINE =
  /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words a reader sees: scripts, styles and attributes dropped, block tags as spaces.
 * Titles of cited works (`<cite>`, and links out marked `rel="external"`) are dropped
 * too: they are quoted as their publisher spells them ("Sennheiser HD600").
 */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|template|cite)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[^>]*\brel="external"[^>]*>[\s\S]*?<\/a>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (INLINE.test(tag) ? '' : ' '))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ');
}

/** The phrase with one of its spaces missing, once for each space. */
export function gluedVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  return words.slice(1).map((_, i) => words.slice(0, i + 1).join(' ') + words.slice(i + 1).join(' '));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every glued form of the phrases in the page's text. A variant counts only where it
 * stands as its own word (no letter or digit runs into it), so "DT 770" inside
 * "DT 7700" is not mistaken for anything, and only in the phrase's own case: a glue
 * keeps the case the content wrote, while a cited title may spell a name its own way
 * ("beyerdynamic DT990 Pro").
 */
export function findGluedWords(html: string, phrases: readonly Phrase[]): GluedWord[] {
  const text = pageText(html);
  const found: GluedWord[] = [];
  for (const phrase of phrases) {
    for (const variant of gluedVariants(phrase.text)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) found.push({ found: match[0], phrase });
    }
  }
  return found;
}

/**
 * Hyphenated names ("Closed-back") that a word runs straight into, before or after
 * ("theclosed-back", "closed-backheadphones"). A plural "s" is allowed after the name:
 * "closed-backs" is how the guide writes it.
 */
export function findGluedNames(html: string, names: readonly Phrase[]): GluedWord[] {
  const text = pageText(html);
  const found: GluedWord[] = [];
  for (const name of names) {
    const n = escape(name.text);
    const pattern = new RegExp(
      `[\\p{L}\\p{N}]+${n}[\\p{L}\\p{N}]*|${n}(?!s(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+`,
      'giu',
    );
    for (const match of text.matchAll(pattern)) found.push({ found: match[0], phrase: name });
  }
  return found;
}

type Data = Record<string, unknown>;

function entries(dir: string, collection: string): { file: string; data: Data }[] {
  const folder = join(dir, collection);
  return readdirSync(folder)
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
    .map((f) => {
      const raw = readFileSync(join(folder, f), 'utf8');
      const front = /\.mdx?$/.test(f) ? (/^---\n([\s\S]*?)\n---/.exec(raw)?.[1] ?? '') : raw;
      return { file: `${collection}/${f}`, data: (yaml.load(front) ?? {}) as Data };
    });
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];

/**
 * The phrases a reader should see with their spaces intact, read from a content folder:
 * model names as brand and model together, design names and their points, situations'
 * labels, questions and glossary terms. Only phrases with a space can lose one.
 */
export function contentPhrases(contentDir: string): { phrases: Phrase[]; names: Phrase[] } {
  const phrases: Phrase[] = [];
  const names: Phrase[] = [];
  const add = (text: string, source: string) => {
    if (/\s/.test(text.trim())) phrases.push({ text: text.trim(), source });
  };
  for (const { file, data } of entries(contentDir, 'models')) {
    add(`${String(data['brand'])} ${String(data['model'])}`, `content/${file} (brand + model)`);
    for (const good of strings(data['goodFor'])) add(good, `content/${file} (goodFor)`);
  }
  for (const { file, data } of entries(contentDir, 'designs')) {
    const name = String(data['name']);
    if (name.includes('-')) names.push({ text: name, source: `content/${file} (name)` });
    add(`${name} headphones`, `content/${file} (name)`);
    for (const list of ['pros', 'cons'] as const)
      for (const point of (data[list] as { text?: string }[] | undefined) ?? [])
        if (point.text) add(point.text, `content/${file} (${list})`);
    for (const list of ['shinesFor', 'avoidFor'] as const)
      for (const item of strings(data[list])) add(item, `content/${file} (${list})`);
  }
  for (const { file, data } of entries(contentDir, 'scenarios'))
    add(String(data['label']), `content/${file} (label)`);
  for (const { file, data } of entries(contentDir, 'faq'))
    add(String(data['question']), `content/${file} (question)`);
  for (const { file, data } of entries(contentDir, 'glossary'))
    add(String(data['term']), `content/${file} (term)`);
  return { phrases, names };
}
