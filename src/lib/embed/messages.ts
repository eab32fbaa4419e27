/**
 * The messages the embedded picker sends its host, so the frame can be exactly as tall as
 * the picker: the site's own height message, how the frame builds it and whom it
 * addresses, and the same height and links in WordPress's words for a frame WordPress
 * placed. The host's side of the site's message, which checks it, is
 * src/lib/embed/height.ts; a shared type keeps the two in step without the frame and the
 * host sharing a bundle.
 */
export const HEIGHT_MESSAGE = 'open-or-closed:height';

export interface HeightMessage extends Partial<WordPressMessage> {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  /** The frame's token from its address (src/lib/embed/frameToken.ts), by which the host knows the frame. */
  token?: string | undefined;
}

/**
 * The frame's height, rounded up to whole pixels. Given WordPress's secret, the same
 * message also says it in WordPress's words (`message`, `value`, `secret`): WordPress
 * reads those and ignores the rest, the site's host reads the rest and ignores those, so
 * one message serves either host.
 */
export function heightMessage(height: number, token?: string, secret?: string): HeightMessage {
  const whole = Math.ceil(height);
  return {
    type: HEIGHT_MESSAGE,
    height: whole,
    token,
    ...(secret ? wordpressMessage('height', whole, secret) : {}),
  };
}

/**
 * The origin a framed page may address its parent with, or undefined when it cannot be
 * known: then nothing is sent rather than sending to '*'. `ancestorOrigins` (Chromium,
 * Safari) is authoritative; elsewhere the referrer carries the host's origin under the
 * default referrer policy. An opaque ("null") origin cannot be addressed.
 */
export function parentOrigin(
  ancestorOrigins: { readonly [index: number]: string } | undefined,
  referrer: string,
): string | undefined {
  let origin = ancestorOrigins?.[0];
  try {
    origin ??= new URL(referrer).origin;
  } catch {
    // No referrer, or not an address: the parent stays unknown.
  }
  return origin === 'null' ? undefined : origin;
}

/**
 * A `name=value` parameter of the frame's fragment, or undefined: letters, digits, `_` and
 * `-` only, so it reads back exactly. Both the host's token and WordPress's secret are
 * written there, and each tolerates the other beside it.
 */
const fromFragment = (hash: string, name: string): string | undefined =>
  new RegExp(`[#&?]${name}=([\\w-]{1,64})(?=$|[#&])`).exec(hash)?.[1];

/**
 * The token the host put in the frame's address (`#frame=…`, written by withToken in
 * frameToken.ts), or undefined. Tolerates what others append to the fragment (WordPress
 * adds `#?secret=…` to the address of the frames it embeds).
 */
export const tokenFrom = (hash: string): string | undefined => fromFragment(hash, 'frame');

/*
 * WordPress's side of an embed: the messages its embed script (wp-embed.js) reads from a
 * frame it placed from an oEmbed response. WordPress frames a provider it does not know
 * with `sandbox="allow-scripts"`, adds `#?secret=<10 letters or digits>` to the frame's
 * address, sends `{message: 'ready', secret}` once its listener runs, and then acts on two
 * messages only: `height`, which it applies (between 200 and 1,000 px), and `link`, which it
 * follows in the top window when the address is on the frame's own host. A message whose
 * secret is missing or wrong is ignored.
 */

/** The secret WordPress put in the frame's address, or undefined where WordPress did not place the frame. */
export const wordpressSecret = (hash: string): string | undefined => fromFragment(hash, 'secret');

export interface WordPressMessage {
  message: 'height' | 'link';
  /** Whole pixels for `height`, an absolute address for `link`. */
  value: number | string;
  secret: string;
}

/** A message to WordPress: a height (sent inside the site's own, see heightMessage) or a link to open in the top window. */
export const wordpressMessage = (
  message: WordPressMessage['message'],
  value: WordPressMessage['value'],
  secret: string,
): WordPressMessage => ({ message, value, secret });

/**
 * Whether a message carries the frame's own secret, as WordPress's `ready` does: then the
 * frame answers with its height again. WordPress sends the frame nothing else, and only the
 * page that placed it knows the secret.
 */
export const fromWordPress = (data: unknown, secret: string): boolean =>
  (data as Partial<WordPressMessage> | null)?.secret === secret;
