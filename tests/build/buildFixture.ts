/**
 * Builds the site from a copy of the fixture content (or another content folder), changed by `edit`, into a
 * throwaway folder with its own content cache. Used to prove that a malformed entry
 * fails the build with a useful message, and that one content edit reaches every page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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

interface BuildOptions {
  /** The content folder to copy; the fixture content unless given. */
  from?: string;
  /** Extra environment for the build, e.g. SITE_URL. */
  env?: Record<string, string>;
}

/** Copy the content into a fresh work folder, apply the edit, and say how to build it. */
function prepare(edit: (contentDir: string) => void, { from = FIXTURE_CONTENT, env = {} }: BuildOptions) {
  // Each build has its own folder as its Astro root, so the files Astro generates in
  // <root>/.astro/ (the list of content modules a build imports among them) are its own:
  // two fixture builds running at once (Vitest runs files, and the error cases, in
  // parallel) can never read each other's. The folder sits inside the project so the
  // build still finds node_modules; tests/build/cleanup.ts removes these folders.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.tmp', 'content-fixture-'));
  const content = join(work, 'content');
  cpSync(from, content, { recursive: true });
  edit(content);
  const dist = join(work, 'dist');
  const command = join(ROOT, 'node_modules', '.bin', 'astro');
  // The project's own config, which names its src/ and public/ relative to itself.
  const args = ['build', '--root', work, '--config', relative(work, join(ROOT, 'astro.config.mjs'))];
  const spawnEnv = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    NO_COLOR: '1',
    // A fixture build is not a production build for a real domain; set, so it stays
    // quiet. The test of the SITE_URL warning passes an empty one.
    SITE_URL: 'https://fixture.example',
    ...env,
  };
  const finish = (status: number | null, stdout: string, stderr: string): FixtureBuild => ({
    ok: status === 0,
    output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    dist,
    content,
  });
  return { command, args, spawnEnv, finish };
}

export function buildFixture(
  edit: (contentDir: string) => void = () => {},
  options: BuildOptions = {},
): FixtureBuild {
  const { command, args, spawnEnv, finish } = prepare(edit, options);
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: spawnEnv });
  return finish(result.status, result.stdout, result.stderr);
}

/** The same build without blocking, so several can run at once (`it.concurrent`). */
export function buildFixtureAsync(
  edit: (contentDir: string) => void = () => {},
  options: BuildOptions = {},
): Promise<FixtureBuild> {
  const { command, args, spawnEnv, finish } = prepare(edit, options);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: spawnEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done(finish(status, stdout, stderr)));
  });
}
