/**
 * The prose of content files as a reader meets it, for checks that read words rather than
 * fields: each string of the front matter (or of a YAML file) and each paragraph of an MDX
 * body, with tags, link targets and heading marks dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { stringsIn, stripMarkup } from '../../src/lib/content/repetition.ts';

/**
 * A content file's prose in units: each front matter or YAML string, then each paragraph
 * of the body (text between blank lines).
 */
export function proseUnits(name: string, text: string): string[] {
  if (name.endsWith('.yaml')) return stringsIn(yaml.load(text));
  const [, front = '', body = text] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) ?? [];
  return [
    ...stringsIn(yaml.load(front)),
    ...stripMarkup(body)
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  ];
}

/** The MDX and YAML files of one collection folder, sorted by name. */
export function contentFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
