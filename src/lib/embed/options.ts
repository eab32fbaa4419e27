/**
 * The options a host can give the embedded picker, read from the placeholder's `data-*`
 * attributes (by /embed.js) or from the query string of /embed/picker/ (by the frame
 * itself), which use the same names:
 *
 *   place, noise, use, hours, aware, monitors, budget   preset answers, as on /picker/
 *   hide      questions to hide once preset: "use" or "use noise" (spaces or commas)
 *   theme     light, dark or auto (follow the reader's setting; the default)
 *   compact   present, "true" or "1" for a denser layout
 *
 * Anything else, or a value outside these, is ignored with a warning: a host's typo
 * must never break the picker, and must never be silent either.
 *
 * The questions and their values come in as an argument rather than an import: the host
 * script passes the picker's vocabulary, and the frame reads it from its own form, so
 * the frame's JavaScript does not carry a second copy of it beside the picker island's.
 */
import type { Answers, Question } from '../../vocabulary';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Each question, in order, with the values it accepts. */
export type Vocabulary = Readonly<Record<string, readonly string[]>>;

export interface EmbedOptions {
  /** Preset answers, in question order. */
  answers: Answers;
  /** Preset questions to leave out of the form, in question order. */
  hide: Question[];
  theme: Theme;
  compact: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = { answers: {}, hide: [], theme: 'auto', compact: false };

/** An option ignored, and why; `describeProblem` turns it into a sentence for the console. */
export interface Problem {
  kind: 'twice' | 'value' | 'unknown' | 'hide-unknown' | 'hide-unset';
  /** The option's name, or for the hide problems the question named. */
  name: string;
  value?: string;
  /** The values the option accepts, for 'value'. */
  allowed?: readonly string[];
}

export interface ReadOptions {
  options: EmbedOptions;
  problems: Problem[];
}

export interface ParsedOptions {
  options: EmbedOptions;
  /** One sentence per ignored option, for the console. */
  warnings: string[];
}

const TRUE = ['', '1', 'true', 'yes'];
const FALSE = ['0', 'false', 'no'];

/** Hostile input can be long; a warning quotes only the start of it. */
const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The sentence the console shows for an ignored option. */
export function describeProblem({ kind, name, value = '', allowed = [] }: Problem): string {
  return {
    twice: `${name} is given more than once; the first is used.`,
    value:
      name === 'compact'
        ? `compact=${quote(value)} is ignored: use true or false.`
        : `${name}=${quote(value)} is ignored: use one of ${allowed.join(', ')}.`,
    unknown: `${quote(name)} is not an option and is ignored.`,
    'hide-unknown': `hide: ${quote(name)} is not a question and is ignored.`,
    'hide-unset': `hide: ${name} is not preset, so it stays visible.`,
  }[kind];
}

/** Options from name/value pairs, with the sentences for what was ignored (/embed.js). */
export function parseEmbedOptions(
  entries: Iterable<readonly [string, string]>,
  vocabulary: Vocabulary,
): ParsedOptions {
  const { options, problems } = readEmbedOptions(entries, vocabulary);
  return { options, warnings: problems.map(describeProblem) };
}

/**
 * Options from name/value pairs: `new URLSearchParams(location.search)` or a placeholder's
 * data attributes. The problems come back as data, not sentences, so the framed picker can
 * report them without carrying the words (its script has a tight budget).
 */
export function readEmbedOptions(
  entries: Iterable<readonly [string, string]>,
  vocabulary: Vocabulary,
): ReadOptions {
  const problems: Problem[] = [];
  const questions = Object.keys(vocabulary);
  // What each option accepts, in one table, so every option is checked the same way. A
  // Map, so a name like "__proto__" or "constructor" is just an unknown option.
  const accepts = new Map<string, readonly string[]>([
    ...Object.entries(vocabulary),
    ['theme', THEMES],
    ['compact', [...TRUE, ...FALSE]],
  ]);
  const given = new Map<string, string>();
  const seen = new Set<string>();
  let hide: string[] = [];

  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    const allowed = accepts.get(name);
    if (seen.has(name)) {
      problems.push({ kind: 'twice', name });
      continue;
    }
    seen.add(name);
    if (name === 'hide') hide = value.split(/[\s,]+/).filter(Boolean);
    else if (!allowed) problems.push({ kind: 'unknown', name });
    else if (allowed.includes(value)) given.set(name, value);
    else problems.push({ kind: 'value', name, value, allowed });
  }

  // Checked once every answer is known, so the order of the options never matters.
  for (const name of hide) {
    if (!questions.includes(name)) problems.push({ kind: 'hide-unknown', name });
    else if (!given.has(name)) problems.push({ kind: 'hide-unset', name });
  }
  const preset = questions.filter((q) => given.has(q));
  return {
    options: {
      answers: Object.fromEntries(preset.map((q) => [q, given.get(q)])) as Answers,
      hide: preset.filter((q) => hide.includes(q)) as Question[],
      theme: (given.get('theme') ?? 'auto') as Theme,
      compact: TRUE.includes(given.get('compact') ?? 'no'),
    },
    problems,
  };
}
