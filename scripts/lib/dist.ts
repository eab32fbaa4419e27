/** The pages of a built site, read from the folder itself so a new page is never missed. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The URL path it is served at: `/`, `/designs/open/`, `/404.html`. */
  path: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file under `dist`, as absolute paths. */
export function listFiles(dist: string): string[] {
  return walk(dist);
}

/** Every HTML page under `dist`, sorted by URL path. */
export function listPages(dist: string): BuiltPage[] {
  return walk(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path =
        rel === 'index.html'
          ? '/'
          : rel.endsWith('/index.html')
            ? `/${rel.slice(0, -'index.html'.length)}`
            : `/${rel}`;
      return { file, path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a site-relative URL path is served from, or undefined if none. */
export function fileForPath(
  dist: string,
  urlPath: string,
  exists: (file: string) => boolean,
): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
  return candidates.find((candidate) => candidate.startsWith(dist) && exists(candidate));
}
