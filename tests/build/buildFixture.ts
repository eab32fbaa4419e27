/**
 * Builds the site from a copy of the fixture content (or another content folder), changed by `edit`, into a
 * throwaway folder with its own content cache. Used to prove that a malformed entry
 * fails the build with a useful message, and that one content edit reaches every page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'content');
/** The real content, for tests that apply an editor's change to a copy of it. */
export const SITE_CONTENT = join(ROOT, 'content');

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, without colour codes. */
  output: string;
  /** Where the pages were written. */
  dist: string;
  /** The content folder that was built. */
  content: string;
}

/** Replace text in one fixture file; throws if the text is not there, so edits cannot silently miss. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`"${String(from)}" not found in ${file}`);
  writeFileSync(path, after);
}

export function buildFixture(
  edit: (contentDir: string) => void = () => {},
  { from = FIXTURE_CONTENT, env = {} }: { from?: string; env?: Record<string, string> } = {},
): FixtureBuild {
  // Inside the project: Astro writes a build's prerender chunks into <cwd>/.astro/ when
  // outDir lies outside the working directory, so two fixture builds running at once (Vitest
  // runs files in parallel) would overwrite each other's chunks. Inside, each build keeps
  // them in its own outDir. tests/build/cleanup.ts removes these folders.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.tmp', 'content-fixture-'));
  const content = join(work, 'content');
  cpSync(from, content, { recursive: true });
  edit(content);
  const dist = join(work, 'dist');
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      // A fixture build is not a production build for a real domain; set, so it stays
      // quiet. The test of the SITE_URL warning passes an empty one.
      SITE_URL: 'https://fixture.example',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, dist, content };
}
