/**
 * The host side of the embed: turns a placeholder into a frame of /embed/picker/ that
 * follows its content's height. Runs on other people's pages, so it touches nothing but
 * its own placeholders and frames and adds no global.
 */
import type { Vocabulary } from '../../lib/embed/options';
import { parseEmbedOptions } from '../../lib/embed/parse';
import { FRAME_TITLE, frameUrl, PLACEHOLDER_ATTRIBUTE } from '../../lib/embed/snippets';
import { newToken, withToken } from '../../lib/embed/frameToken';
import { followHeight } from './followHeight';

/** Replaces one placeholder with the picker's frame, applying the options on its data attributes. */
export function mountPicker(placeholder: Element, origin: string, vocabulary: Vocabulary): HTMLIFrameElement {
  const { options, warnings } = parseEmbedOptions(
    [...placeholder.attributes]
      .filter((a) => a.name.startsWith('data-') && a.name !== PLACEHOLDER_ATTRIBUTE)
      .map((a) => [a.name.slice(5), a.value] as const),
    vocabulary,
  );
  for (const warning of warnings) console.warn(`Headphone picker: ${warning}`);
  const frame = document.createElement('iframe');
  // One token per frame, so two pickers on a page never take each other's height.
  const token = newToken();
  frame.src = withToken(frameUrl(origin, options), token);
  frame.title = FRAME_TITLE;
  frame.loading = 'lazy';
  // The frame may open links in new tabs and nothing else: it can never navigate the host page.
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms',
  );
  // Until the first height arrives: about the picker's height in a wide column.
  Object.assign(frame.style, { display: 'block', width: '100%', height: '60rem', border: '0' });
  followHeight(frame, origin, token);
  placeholder.replaceWith(frame);
  return frame;
}

/** Every placeholder on the page not yet replaced. */
export function mountAll(origin: string, vocabulary: Vocabulary): void {
  for (const placeholder of document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)) {
    mountPicker(placeholder, origin, vocabulary);
  }
}
