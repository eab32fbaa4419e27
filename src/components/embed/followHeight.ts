/**
 * Keeps a frame of the picker exactly as tall as the page inside it reports, trusting a
 * message only if it comes from the site's origin and from that very frame. Styles are
 * set through the CSSOM, which a host's strict style-src allows.
 */
import { heightOf } from '../../lib/embed/height';

export function followHeight(frame: HTMLIFrameElement, origin: string): void {
  addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const height = heightOf(event.data);
    if (height) frame.style.height = `${height}px`;
  });
}
