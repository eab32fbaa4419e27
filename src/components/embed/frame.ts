/**
 * What only the framed picker (/embed/picker/) does, loaded by that page alone: apply
 * the host's options from the query string (preset answers, and the settings declared in
 * src/lib/embed/settings.ts), and report the page's height to the parent on every change,
 * so the host script can size the frame to fit. Posts to the parent window only, addressed
 * to the parent's origin; where that cannot be known it sends nothing, and the frame
 * simply scrolls, as a plain iframe does. In a frame WordPress placed (from the oEmbed
 * response), it also speaks WordPress's own embed messages (src/lib/embed/messages.ts).
 */
import type { Question } from '../../vocabulary';
import { readEmbedOptions } from '../../lib/embed/options';
import { SETTINGS } from '../../lib/embed/settings';
import {
  fromWordPress,
  heightMessage,
  parentOrigin,
  tokenFrom,
  wordpressMessage,
  wordpressSecret,
} from '../../lib/embed/messages';

export function applyEmbedOptions(search: string): void {
  const form = document.querySelector<HTMLFormElement>('design-picker form');
  if (!form) return;
  const inputs = form.querySelectorAll<HTMLInputElement>('input[type=radio]');
  // The questions and values the form offers are exactly the ones a preset may name; each
  // question's "no answer" (an empty value) is none.
  const vocabulary: Record<string, string[]> = {};
  for (const { name, value } of inputs) if (value) (vocabulary[name] ??= []).push(value);
  const { answers, settings, problems } = readEmbedOptions(new URLSearchParams(search), vocabulary, SETTINGS);
  // Named, not explained: the sentences stay with /embed.js, where hosts meet them first, so
  // the framed picker's script does not carry them.
  for (const { name } of problems) console.warn(`Headphone picker: option ${name} ignored; see /embed/`);
  // A choice away from its default, or a flag that is on (the only ones read), is styled
  // by embed.css from the root's data attribute of the same name.
  for (const [name, value] of Object.entries(settings))
    if (!Array.isArray(value)) document.documentElement.dataset[name] = value === true ? '' : value;
  const hidden = (settings.hide ?? []) as Question[];

  for (const input of inputs) {
    const preset = answers[input.name as Question];
    if (!preset) continue;
    // The preset becomes the default too, so "Start over" returns to it rather than past it.
    input.checked = input.defaultChecked = input.value === preset;
    // Only a preset question can be hidden (readEmbedOptions sees to it).
    const fieldset = input.closest('fieldset');
    if (fieldset && hidden.includes(input.name as Question)) fieldset.hidden = true;
  }
  // No ranking here: this runs before the island is defined (framedPicker.ts), so the
  // island's first ranking reads the presets.
}

export function reportHeight(): void {
  if (window.parent === window) return;
  const target = parentOrigin(location.ancestorOrigins, document.referrer);
  // Both read once: an in-page link in the frame may change the fragment later.
  const token = tokenFrom(location.hash);
  // Placed by WordPress from the oEmbed response: it sizes and navigates the frame only
  // through its own messages, which its own embeds address to any origin. The parent's
  // origin, where it is known, is narrower.
  const secret = wordpressSecret(location.hash);
  if (!target && !secret) return;
  const send = (message: object) => window.parent.postMessage(message, target ?? '*');
  const root = document.documentElement;
  // The root's own box, not scrollHeight, which never reports less than the frame's
  // current height and so could only ever grow.
  const post = () => send(heightMessage(root.getBoundingClientRect().height, token, secret));
  // The observer reports at once and on every change; load and WordPress's "ready" repeat
  // it, because WordPress keeps the frame clipped until a height reaches a listener of its.
  new ResizeObserver(post).observe(root);
  if (!secret) return;
  addEventListener('load', post);
  addEventListener('message', (event) => fromWordPress(event.data, secret) && post());
  // WordPress's sandbox opens no new window and the frame may not navigate the page, so
  // a link asks WordPress to open it in the top window instead.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]:not([href^="#"])');
    if (!link) return;
    event.preventDefault();
    send(wordpressMessage('link', link.href, secret));
  });
}
