/**
 * The one message the embedded picker sends its host, its content height, so the frame
 * can be exactly as tall as the picker: how the frame builds it and whom it addresses.
 * The host's side, which checks it, is src/lib/embed/height.ts; a shared type keeps the
 * two in step without the frame and the host sharing a bundle.
 */
export const HEIGHT_MESSAGE = 'open-or-closed:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  /** The frame's token from its address (src/lib/embed/frameToken.ts), by which the host knows the frame. */
  token?: string;
}

export function heightMessage(height: number, token?: string): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height), ...(token ? { token } : {}) };
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
  const ancestor = ancestorOrigins?.[0];
  if (ancestor) return ancestor === 'null' ? undefined : ancestor;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The token the host put in the frame's address (`#frame=…`, written by withToken in
 * frameToken.ts), or undefined. Tolerates what others append to the fragment (WordPress
 * adds `#?secret=…` to the address of the frames it embeds).
 */
export function tokenFrom(hash: string): string | undefined {
  return /[#&?]frame=([\w-]{1,64})(?=$|[#&])/.exec(hash)?.[1];
}
