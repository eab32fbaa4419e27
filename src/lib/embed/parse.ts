/**
 * The options as the host script (/embed.js) reads them from a placeholder: the site's own
 * settings applied, every setting not given at its default, and each problem as the
 * sentence the host's console shows.
 */
import { describeProblem, readEmbedOptions, type Vocabulary } from './options';
import { defaultOptions, SETTINGS, type EmbedOptions } from './settings';

export interface ParsedOptions {
  options: EmbedOptions;
  /** One sentence per ignored option, for the console. */
  warnings: string[];
}

export function parseEmbedOptions(
  entries: Iterable<readonly [string, string]>,
  vocabulary: Vocabulary,
): ParsedOptions {
  const { answers, settings, problems } = readEmbedOptions(entries, vocabulary, SETTINGS);
  return {
    options: { ...defaultOptions(), ...settings, answers } as EmbedOptions,
    warnings: problems.map(describeProblem),
  };
}
