/**
 * The code a host pastes to embed the picker, in its two forms, and the address of the
 * frame, built in one place so the embed page, its live preview, the host script, the
 * picker page and the oEmbed response always hand out the same thing. `site` is the
 * site's public address (astro config `site`), so the code works wherever it is pasted.
 */
import type { Question } from '../../vocabulary';
// With its extension: scripts/test-hosts.ts runs this module under plain Node, which
// resolves no extensionless import.
import { SETTING_NAMES, SETTINGS, type EmbedOptions, type Setting } from './settings.ts';

/** The attribute /embed.js looks for on a placeholder. */
export const PLACEHOLDER_ATTRIBUTE = 'data-headphone-picker';
/** The frame's accessible name, on every embed. */
export const FRAME_TITLE = 'Headphone design picker';
/**
 * The plain iframe's fixed height: it scrolls inside, so this only decides how much shows
 * at once. The script version sizes itself and needs none.
 */
export const PLAIN_HEIGHT = 900;

/**
 * The options as name/value pairs, defaults left out, in a fixed order (answers as given,
 * which parsing puts in question order, then the settings in their declared order): the
 * query of /embed/picker/ and the attributes of a snippet, so equal options give identical
 * code.
 */
export function optionEntries(options: EmbedOptions): [string, string][] {
  const entries: [string, string][] = [];
  for (const [question, value] of Object.entries(options.answers)) if (value) entries.push([question, value]);
  for (const name of SETTING_NAMES) {
    const setting: Setting = SETTINGS[name];
    const value = options[name];
    if (setting.kind === 'questions') {
      const preset = (value as Question[]).filter((q) => options.answers[q]);
      if (preset.length) entries.push([name, preset.join(' ')]);
    } else if (setting.kind === 'flag') {
      if (value) entries.push([name, 'true']);
    } else if (value !== setting.values[0]) entries.push([name, String(value)]);
  }
  return entries;
}

/** Text made safe inside a double-quoted attribute or an element. */
export const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The address of the framed picker for these options. */
export function frameUrl(site: URL | string, options: EmbedOptions): string {
  const query = new URLSearchParams(optionEntries(options)).toString();
  return new URL(`/embed/picker/${query ? `?${query}` : ''}`, site).href;
}

/**
 * The recommended form: a placeholder (a plain link wherever the script cannot run) and
 * the script that turns it into a frame sized to its content.
 */
export function scriptSnippet(site: URL | string, options: EmbedOptions): string {
  const attributes = optionEntries(options)
    // A flag is written as a bare attribute (`data-compact`), as HTML writes booleans.
    .map(([name, value]) =>
      Object.hasOwn(SETTINGS, name) && SETTINGS[name as keyof typeof SETTINGS].kind === 'flag'
        ? ` data-${name}`
        : ` data-${name}="${escape(value)}"`,
    )
    .join('');
  // Written here rather than imported from urls.ts: the embed builder's script and the
  // picker island would otherwise share a chunk of route code, an extra request for both.
  const picker = new URL('/picker/', site).href; // site-path-ok
  const script = new URL('/embed.js', site).href;
  return [
    `<div ${PLACEHOLDER_ATTRIBUTE}${attributes}><a href="${escape(picker)}">Open the headphone design picker</a></div>`,
    `<script src="${escape(script)}" async></script>`,
  ].join('\n');
}

/**
 * The form that needs no script on the host: a fixed-height frame that scrolls inside.
 * No `style` attribute, so a host whose policy forbids inline styles can paste it as is.
 */
export function iframeSnippet(
  site: URL | string,
  options: EmbedOptions,
  size: { width: number | '100%'; height: number } = { width: '100%', height: PLAIN_HEIGHT },
): string {
  return `<iframe src="${escape(frameUrl(site, options))}" title="${FRAME_TITLE}" width="${size.width}" height="${size.height}" loading="lazy"></iframe>`;
}
