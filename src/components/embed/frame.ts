/**
 * What only the framed picker (/embed/picker/) does, loaded by that page alone: apply
 * the host's options from the query string (preset answers, hidden questions, theme,
 * compact layout), and report the page's height to the parent on every change, so the
 * host script can size the frame to fit. Posts to the parent window only, addressed to
 * the parent's origin; where that cannot be known it sends nothing, and the frame
 * simply scrolls, as a plain iframe does. In a frame WordPress placed (from the oEmbed
 * response), it also speaks WordPress's own embed messages (src/lib/embed/messages.ts).
 */
import { readEmbedOptions } from '../../lib/embed/options';
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
  // The questions and values the form offers are exactly the ones a preset may name.
  const vocabulary = Object.fromEntries(
    [...form.querySelectorAll<HTMLElement>('fieldset[data-question]')].map((fieldset) => [
      fieldset.dataset.question,
      [...fieldset.querySelectorAll('input')].map((input) => input.value).filter(Boolean),
    ]),
  );
  const { options, problems } = readEmbedOptions(new URLSearchParams(search), vocabulary);
  // Named, not explained: the sentences stay with /embed.js, where hosts meet them first, so
  // the framed picker's script does not carry them.
  for (const { name } of problems) console.warn(`Headphone picker: option ${name} ignored; see /embed/`);
  const root = document.documentElement;
  if (options.theme !== 'auto') root.dataset.theme = options.theme;
  if (options.compact) root.dataset.compact = '';

  for (const [question, value] of Object.entries(options.answers)) {
    // The preset becomes the default too, so "Start over" returns to it rather than past it.
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)) {
      input.checked = input.defaultChecked = input.value === value;
    }
  }
  for (const question of options.hide) {
    const fieldset = form.querySelector<HTMLElement>(`fieldset[data-question="${question}"]`);
    if (fieldset) fieldset.hidden = true;
  }
  // The island may have ranked before the presets were set; this makes it rank again.
  if (Object.keys(options.answers).length) form.dispatchEvent(new Event('change'));
}

export function reportHeight(): void {
  if (window.parent === window) return;
  const target = parentOrigin(location.ancestorOrigins, document.referrer);
  // Read once: an in-page link in the frame may change the fragment later.
  const token = tokenFrom(location.hash);
  // Placed by WordPress from the oEmbed response: it sizes and navigates the frame only
  // through its own messages. WordPress's own embeds address them to any origin; the
  // parent's, where it is known, is narrower.
  const secret = wordpressSecret(location.hash);
  if (!target && !secret) return;
  const send = (message: unknown) => window.parent.postMessage(message, target ?? '*');
  const root = document.documentElement;
  const post = () => {
    // The root's own box, not scrollHeight, which never reports less than the frame's
    // current height and so could only ever grow.
    const message = heightMessage(root.getBoundingClientRect().height, token);
    if (target) send(message);
    if (secret) send(wordpressMessage('height', message.height, secret));
  };
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
