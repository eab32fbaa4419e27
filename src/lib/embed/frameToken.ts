/**
 * Which frame a height message comes from. A host page may hold several frames of the
 * picker (and the /embed/ preview is one), so the host must tell their messages apart.
 * `event.source` cannot: WebKit reports a message posted from a module script's timer
 * or ResizeObserver callback as coming from the parent window itself. So the host puts a
 * token of its own in each frame's address, after `#` (never sent to the server, so it
 * costs no cache entry), the frame echoes it in every message, and the host accepts a
 * message only from the site's origin and with that frame's token. The token names a
 * frame; the origin check, not the token, is what keeps other sites out. The frame's side,
 * reading the token back, is `tokenFrom` in messages.ts: apart, so the frame's bundle
 * carries none of this host-side code.
 */

/** The fragment parameter: `/embed/picker/?use=gaming#frame=3f9c0a6b…`. */
export const TOKEN_PARAM = 'frame';
/** The /embed/ preview's token: the one frame on its page, so it needs no random one. */
export const PREVIEW_TOKEN = 'preview';
/** Letters, digits and hyphens only, so it needs no escaping and reads back exactly. */
const TOKEN = /^[\w-]{1,64}$/;

/** The address with the token in its fragment, replacing any fragment it had. */
export function withToken(url: string, token: string): string {
  if (!TOKEN.test(token)) throw new Error(`Not a frame token: ${JSON.stringify(token)}`);
  return `${url.split('#')[0]}#${TOKEN_PARAM}=${token}`;
}

/** A fresh token: 64 random bits in hex. `crypto.getRandomValues` works on http pages too. */
export function newToken(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
