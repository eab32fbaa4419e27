/**
 * Keeps a frame of the picker exactly as tall as the page inside it reports, trusting a
 * message only if it comes from the site's origin and carries this frame's token (see
 * src/lib/embed/frameToken.ts for why not `event.source`). Styles are set through the CSSOM,
 * which a host's strict style-src allows.
 */
import { heightOf } from '../../lib/embed/height';

export function followHeight(frame: HTMLIFrameElement, origin: string, token: string): void {
  // The reported height is the content's; a frame's own border (the /embed/ preview has
  // one) must come on top of it, not out of it.
  frame.style.boxSizing = 'content-box';
  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const height = heightOf(event.data, token);
    if (height) frame.style.height = `${height}px`;
  });
}
