/**
 * The host's check of the embedded picker's height message (src/lib/embed/messages.ts
 * builds it). Anything that is not a sane height message from the frame with this token
 * (src/lib/embed/frameToken.ts) is refused.
 */
import type { HeightMessage } from './messages';

/** Spelled out rather than imported, so the host's bundle and the frame's share no code; the type keeps it equal. */
const TYPE: HeightMessage['type'] = 'open-or-closed:height';
/** Taller than any real picker: a larger figure is a bug or an attack, never a layout. */
const MAX_HEIGHT = 20_000;

/** The height a message from the frame with `token` carries, in whole pixels, or undefined. */
export function heightOf(data: unknown, token: string): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height, token: from } = data as Partial<HeightMessage>;
  if (type !== TYPE || from !== token || typeof height !== 'number' || !Number.isFinite(height))
    return undefined;
  return height > 0 && height <= MAX_HEIGHT ? Math.ceil(height) : undefined;
}
