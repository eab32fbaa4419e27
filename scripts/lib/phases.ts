/**
 * The order `npm test` runs its phases in, as a graph: each phase names the phases it
 * needs, and starts as soon as they have passed. Pure, so the order is unit-tested.
 */
import { join } from 'node:path';
export interface Phase {
  name: string;
  /** What it runs: a command and its arguments, from the project folder. */
  run: string[][];
  /** Phases that must pass first. */
  after: string[];
  /**
   * Runs at a lower CPU priority. The browser phase is the longest, so everything that is
   * not on its way (the build and the tool look-up are) yields to it, and fills the moments
   * it waits instead of slowing it down.
   */
  background?: boolean;
}

export type Status = 'waiting' | 'running' | 'passed' | 'failed' | 'skipped';

/** The phases that can start now: waiting, with everything they need passed. */
export function startable(phases: readonly Phase[], status: ReadonlyMap<string, Status>): Phase[] {
  return phases.filter(
    (phase) =>
      status.get(phase.name) === 'waiting' && phase.after.every((need) => status.get(need) === 'passed'),
  );
}

/** The phases that can never start: something they need (directly or not) failed or was skipped. */
export function blocked(phases: readonly Phase[], status: ReadonlyMap<string, Status>): Phase[] {
  return phases.filter(
    (phase) =>
      status.get(phase.name) === 'waiting' &&
      phase.after.some((need) => status.get(need) === 'failed' || status.get(need) === 'skipped'),
  );
}

/** Throws if a phase needs one that does not exist or the needs form a loop. */
export function checkGraph(phases: readonly Phase[]): void {
  const names = new Set(phases.map((p) => p.name));
  for (const phase of phases) {
    for (const need of phase.after) {
      if (!names.has(need)) throw new Error(`Phase "${phase.name}" needs "${need}", which does not exist`);
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const byName = new Map(phases.map((p) => [p.name, p]));
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`Phases wait for each other: ${[...path, name].join(' → ')}`);
    visiting.add(name);
    for (const need of byName.get(name)?.after ?? []) visit(need, [...path, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const phase of phases) visit(phase.name, []);
}

/**
 * The phases of `npm test`, for the project in `root`, run with the Node at `node`.
 *
 * Why this order:
 * - the production build and the type check both write Astro's generated files into the
 *   project's .astro/ folder, so the type check waits for the build: one that read the
 *   other's half-written files would fail at random. The unit tests' fixture builds each
 *   have a root, and so a .astro/, of their own (tests/build/buildFixture.ts), so they need
 *   nothing and start at once;
 * - the checks of the built site (dist, browser) read only dist/, so they start as soon as
 *   the build is done;
 * - the tool look-up may install packages with apt, which allows one install at a time, so
 *   it runs once, before the two phases that need a browser, Java or nginx;
 * - the browser phase takes longest, so it and what it waits for run first in line for
 *   the CPU, and everything else runs in the background.
 */
export function testPhases(root: string, node: string): Phase[] {
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  return [
    { name: 'lockfile', run: [[node, 'scripts/check-lock.ts']], after: [], background: true },
    {
      name: 'lint',
      run: [
        [bin('eslint'), '.'],
        [bin('prettier'), '--check', '.'],
      ],
      after: [],
      background: true,
    },
    { name: 'build', run: [[bin('astro'), 'build']], after: [] },
    { name: 'tools', run: [[node, 'scripts/setup-test-tools.ts']], after: [] },
    { name: 'types', run: [[bin('astro'), 'check']], after: ['build'], background: true },
    { name: 'unit', run: [[bin('vitest'), 'run', '--project', 'unit']], after: [], background: true },
    {
      name: 'dist',
      run: [[bin('vitest'), 'run', '--project', 'dist']],
      after: ['build', 'tools'],
      background: true,
    },
    { name: 'browser', run: [[bin('playwright'), 'test']], after: ['build', 'tools'] },
  ];
}
