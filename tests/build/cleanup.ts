/**
 * Vitest global setup for the unit project: removes the throwaway fixture builds that
 * tests/build/buildFixture.ts makes under .tmp/, before the run and after it (test
 * processes may end without running exit handlers).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TMP = resolve(import.meta.dirname, '..', '..', '.tmp');

function removeFixtureBuilds(): void {
  let names: string[] = [];
  try {
    names = readdirSync(TMP);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith('content-fixture-'))) {
    rmSync(join(TMP, name), { recursive: true, force: true });
  }
}

export default function setup(): () => void {
  removeFixtureBuilds();
  return removeFixtureBuilds;
}
