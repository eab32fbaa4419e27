/**
 * Reads the options a host gives the embedded picker, from the placeholder's `data-*`
 * attributes (by /embed.js, through parse.ts) or from the query string of /embed/picker/
 * (by the frame itself), which use the same names: a preset answer per question
 * (`place=studio`, as on /picker/), and the settings (settings.ts).
 *
 * Anything else, or a value outside these, is ignored and reported: a host's typo must
 * never break the picker, and must never be silent either.
 *
 * The questions come in as an argument: the host script passes the picker's vocabulary,
 * and the frame reads it from its own form, so the frame's JavaScript carries no second
 * copy of it beside the island's. The settings come in as one too, so a test can read a
 * declaration of its own.
 */
import type { Answers, Question } from '../../vocabulary';
import type { Setting, Settings } from './settings';

/** Each question, in order, with the values it accepts. */
export type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** An option ignored, and why; `describeProblem` turns it into a sentence for the console. */
export interface Problem {
  kind: 'twice' | 'value' | 'unknown' | 'not-a-question' | 'not-preset';
  /** The option's name, or for the last two the question named. */
  name: string;
  /** For the last two: the setting that named the question. */
  option?: string;
  value?: string;
  /** The values the option accepts, for 'value' (none for a flag). */
  allowed?: readonly string[];
}

export interface ReadOptions {
  /** Preset answers, in question order. */
  answers: Answers;
  /** The settings the host gave, read; a setting not given, or given at its default, is absent. */
  settings: Record<string, string | true | Question[]>;
  problems: Problem[];
}

const TRUE = ['', '1', 'true', 'yes'];
const FALSE = ['0', 'false', 'no'];

/** Hostile input can be long; a warning quotes only the start of it. */
const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The sentence the console shows for an ignored option. */
export function describeProblem({ kind, name, option = '', value = '', allowed = [] }: Problem): string {
  return {
    twice: `${name} is given more than once; the first is used.`,
    value: allowed.length
      ? `${name}=${quote(value)} is ignored: use one of ${allowed.join(', ')}.`
      : `${name}=${quote(value)} is ignored: use true or false.`,
    unknown: `${quote(name)} is not an option and is ignored.`,
    'not-a-question': `${option}: ${quote(name)} is not a question and is ignored.`,
    'not-preset': `${option}: ${name} is not preset, so it stays visible.`,
  }[kind];
}

/**
 * Options from name/value pairs: `new URLSearchParams(location.search)` or a placeholder's
 * data attributes. The problems come back as data, not sentences, so the framed picker can
 * report them without carrying the words (its script has a tight budget).
 */
export function readEmbedOptions(
  entries: Iterable<readonly [string, string]>,
  vocabulary: Vocabulary,
  known: Settings,
): ReadOptions {
  const problems: Problem[] = [];
  const given: Record<string, string> = {};
  const settings: ReadOptions['settings'] = {};
  /** Questions each `questions` setting named, checked once every answer is known. */
  const named: [string, string[]][] = [];
  const seen = new Set<string>();
  const questions = Object.keys(vocabulary);
  const isQuestion = (name: string) => questions.includes(name);

  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    const setting: Setting | undefined = Object.hasOwn(known, name) ? known[name] : undefined;
    if (seen.has(name)) {
      problems.push({ kind: 'twice', name });
      continue;
    }
    seen.add(name);
    if (isQuestion(name)) {
      const values = vocabulary[name] ?? [];
      if (values.includes(value)) given[name] = value;
      else problems.push({ kind: 'value', name, value, allowed: values });
    } else if (!setting) {
      problems.push({ kind: 'unknown', name });
    } else if (setting.kind === 'questions') {
      named.push([name, value.split(/[\s,]+/).filter(Boolean)]);
    } else if (setting.kind === 'choice') {
      if (!setting.values.includes(value))
        problems.push({ kind: 'value', name, value, allowed: setting.values });
      else if (value !== setting.values[0]) settings[name] = value;
    } else if (TRUE.includes(value)) settings[name] = true;
    else if (!FALSE.includes(value)) problems.push({ kind: 'value', name, value });
  }

  // Checked once every answer is known, so the order of the options never matters.
  const preset = questions.filter((q) => given[q]);
  for (const [option, names] of named) {
    for (const name of names) {
      if (!isQuestion(name)) problems.push({ kind: 'not-a-question', name, option });
      else if (!given[name]) problems.push({ kind: 'not-preset', name, option });
    }
    settings[option] = preset.filter((q) => names.includes(q)) as Question[];
  }
  return { answers: Object.fromEntries(preset.map((q) => [q, given[q]])) as Answers, settings, problems };
}
