/**
 * The framed picker's JavaScript as one file: the island and the frame's own code
 * (src/components/embed/framedPicker.ts) bundled together. Elsewhere the island is a file
 * of its own (PickerIsland.astro); in the frame, one file compressed once costs what the
 * island and the frame's code would repeat between two files (about 190 B brotli, what
 * keeps the frame within its 4,096 B budget with WordPress's messages). Inline it would
 * push the frame's first response past one round trip, so it is a hashed file among the
 * build's assets (/_astro/, immutable, and readable from a sandboxed frame's opaque origin:
 * ASSETS in src/lib/http/headers.ts), written by src/pages/[...framedScript].js.ts.
 * Rolldown is the bundler Vite builds the rest of the site with, so it minifies the same way.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

export interface FramedScript {
  code: string;
  /** Its site path, named by its content's hash like the build's other assets. */
  path: string;
}

/** Where Astro puts the build's hashed assets (its `build.assets`, left at the default). */
const ASSETS_DIR = '_astro';

let bundled: Promise<FramedScript> | undefined;

async function bundle(): Promise<FramedScript> {
  // Astro builds from the project root, so the source is found from there.
  const build = await rolldown({
    input: resolve('src/components/embed/framedPicker.ts'),
    platform: 'browser',
  });
  try {
    const { output } = await build.generate({ format: 'esm', minify: true });
    const [chunk, ...rest] = output;
    if (!chunk?.code || rest.length) throw new Error('The framed picker must bundle to exactly one chunk');
    const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
    return { code: chunk.code, path: `/${ASSETS_DIR}/framed-picker.${hash}.js` };
  } finally {
    await build.close();
  }
}

/**
 * Bundled once per build, for the page that loads it and the route that writes it; under
 * `astro dev`, afresh on every request, so an edit to the island or the frame shows.
 */
export function framedScript(): Promise<FramedScript> {
  if (import.meta.env.DEV) return bundle();
  bundled ??= bundle();
  return bundled;
}
