/**
 * The embed's settings: every option a host can give besides the preset answers, declared
 * once. The parser (options.ts), the code hosts copy (snippets.ts), the embed page's
 * controls and option list, and the README's option table (held to this list by a unit
 * test) all follow it; the words for each are in settingWords.ts.
 */
import type { Answers, Question } from '../../vocabulary';

/**
 * What kind of value a setting takes:
 * - `choice`: one of `values`; the first is the default;
 * - `flag`: on or off (present, `true`, `1`, `yes`; or `false`, `0`, `no`); off by default;
 * - `questions`: preset questions, named and separated by spaces or commas; none by default.
 */
export type Setting =
  { kind: 'choice'; values: readonly [string, ...string[]] } | { kind: 'flag' } | { kind: 'questions' };

/** Settings by name, as the parser takes them. */
export type Settings = Readonly<Record<string, Setting>>;

/**
 * Every setting, in the order the embed code writes them. The frame sets a `choice` (when
 * not its default) or a `flag` (when on) on its root element as `data-<name>`, where
 * src/styles/embed.css gives it its look; `hide` is the one setting with behaviour of its
 * own (frame.ts).
 */
export const SETTINGS = {
  /** Preset questions to leave out of the form. */
  hide: { kind: 'questions' },
  /** Light or dark, or `auto`: follow the reader's setting. */
  theme: { kind: 'choice', values: ['auto', 'light', 'dark'] },
  /** A denser layout: answers side by side, no heading of its own. */
  compact: { kind: 'flag' },
} as const satisfies Settings;

export type SettingName = keyof typeof SETTINGS;
// Pure: the framed picker's bundle imports this module for SETTINGS alone, and must not
// carry what it does not use.
export const SETTING_NAMES = /* @__PURE__ */ Object.keys(SETTINGS) as SettingName[];

/** The value a setting holds once read: a choice's value, a flag's boolean, a list of questions. */
export type SettingValue<S extends Setting> = S extends { kind: 'choice'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'flag' }
    ? boolean
    : Question[];

export type EmbedOptions = { answers: Answers } & {
  -readonly [K in SettingName]: SettingValue<(typeof SETTINGS)[K]>;
};

/** Fresh defaults each time, so no caller's options share a list with another's. */
export const defaultOptions = (): EmbedOptions =>
  ({
    answers: {},
    ...Object.fromEntries(
      SETTING_NAMES.map((name) => {
        const setting: Setting = SETTINGS[name];
        return [name, setting.kind === 'choice' ? setting.values[0] : setting.kind === 'flag' ? false : []];
      }),
    ),
  }) as EmbedOptions;

export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = /* @__PURE__ */ defaultOptions();
