/**
 * The words for each embed setting (options.ts `SETTINGS`): the embed page's control and
 * its documentation. The README's option table is held to the same list by a unit test
 * (tests/unit/embedOptions.test.ts): a row for every setting, every value of a choice.
 * Kept apart from the declaration so the framed picker's script, which parses the
 * settings, never carries the words. Typed by the declaration: a setting without its
 * words, or a choice without a label for each value, is a type error.
 */
import type { SettingName, SETTINGS } from './settings';

type WordsFor<S> = {
  /** The control's label on the embed page. */
  label: string;
  /** What the setting does, one sentence for the embed page's option list and the README. */
  description: string;
  /** An example value, shown as `data-<name>="…"`. */
  example?: string;
} & (S extends { kind: 'choice'; values: readonly (infer V extends string)[] }
  ? { values: Record<V, string> }
  : unknown);

export const SETTING_WORDS: { [K in SettingName]: WordsFor<(typeof SETTINGS)[K]> } = {
  hide: {
    label: 'Hide it once preset',
    description: 'Preset questions to leave out of the form, separated by spaces.',
    example: 'use noise',
  },
  theme: {
    label: 'Theme',
    description: "The default, auto, follows the reader's light or dark setting.",
    values: { auto: "Follow the reader's setting", light: 'Light', dark: 'Dark' },
  },
  compact: {
    label: 'Compact layout',
    description: 'Answers side by side and no heading of its own: a much shorter frame.',
  },
};
