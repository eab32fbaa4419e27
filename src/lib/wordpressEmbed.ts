/**
 * WordPress's side of an embed: the messages its embed script (wp-embed.js) listens for
 * from a frame it placed from an oEmbed response. WordPress frames a provider it does not
 * know with `sandbox="allow-scripts"`, adds `#?secret=<10 letters or digits>` to the
 * frame's address, and then only two messages change anything: `height`, which it applies
 * (between 200 and 1,000 px), and `link`, which it follows in the top window when the
 * address is on the frame's own host. A message whose secret is missing or wrong is
 * ignored. These are WordPress's own shapes, sent beside the site's height message
 * (embedMessages.ts), never instead of it.
 */

export interface WordPressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/**
 * The secret WordPress put in the frame's address (`location.hash`), or undefined when
 * the frame was not placed by WordPress. WordPress itself drops a secret with anything
 * but letters and digits, so such a hash is no secret.
 */
export function wordpressSecret(hash: string): string | undefined {
  const match = /^#\?secret=([A-Za-z0-9]+)$/.exec(hash);
  return match?.[1];
}

/** The frame's height, in whole pixels, as WordPress reads it. */
export function wordpressHeight(height: number, secret: string): WordPressMessage {
  return { message: 'height', value: Math.ceil(height), secret };
}

/** Ask WordPress to open an address in the top window (it must be on the frame's host). */
export function wordpressLink(href: string, secret: string): WordPressMessage {
  return { message: 'link', value: href, secret };
}

/**
 * Whether a message is WordPress telling the frame it is listening (`ready`, sent on its
 * page's load), so the frame answers with its height again.
 */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: given } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && given === secret;
}
