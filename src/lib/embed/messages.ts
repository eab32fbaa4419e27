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
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
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
