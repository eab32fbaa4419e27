import { describe, expect, it } from 'vitest';
import {
  blocked,
  checkGraph,
  type Phase,
  startable,
  type Status,
  testPhases,
} from '../../scripts/lib/phases';

const phase = (name: string, after: string[] = []): Phase => ({ name, run: [['true']], after });
const PHASES = [
  phase('build'),
  phase('tools'),
  phase('unit'),
  phase('dist', ['build', 'tools']),
  phase('types', ['build']),
];
const statuses = (entries: Record<string, Status>) =>
  new Map<string, Status>(PHASES.map((p) => [p.name, entries[p.name] ?? 'waiting']));
const names = (list: Phase[]) => list.map((p) => p.name);

describe('the test phases', () => {
  it('start every phase that needs nothing at once', () => {
    expect(names(startable(PHASES, statuses({})))).toEqual(['build', 'tools', 'unit']);
  });

  it('start a phase only when everything it needs has passed', () => {
    expect(
      names(startable(PHASES, statuses({ build: 'passed', tools: 'running', unit: 'running' }))),
    ).toEqual(['types']);
    expect(names(startable(PHASES, statuses({ build: 'passed', tools: 'passed', unit: 'passed' })))).toEqual([
      'dist',
      'types',
    ]);
  });

  it('never start what a failed phase was needed for, and say so', () => {
    const status = statuses({ build: 'failed', tools: 'passed', unit: 'passed' });
    expect(names(startable(PHASES, status))).toEqual([]);
    expect(names(blocked(PHASES, status))).toEqual(['dist', 'types']);
  });

  it('refuse a phase that needs one that does not exist', () => {
    expect(() => checkGraph([phase('dist', ['biuld'])])).toThrow(/needs "biuld"/);
  });

  it('refuse phases that wait for each other', () => {
    expect(() => checkGraph([phase('a', ['b']), phase('b', ['a'])])).toThrow(/a → b → a|b → a → b/);
  });

  it('accept the graph npm test runs, where every check waits for what it reads', () => {
    const real = testPhases('/project', '/usr/bin/node');
    expect(() => checkGraph(real)).not.toThrow();
    const after = (name: string) => real.find((p) => p.name === name)?.after ?? [];
    // The build and the type check both write the project's .astro/: one at a time.
    expect(after('types')).toContain('build');
    // The checks of the build read dist/.
    for (const reader of ['dist', 'browser'])
      expect(after(reader)).toEqual(expect.arrayContaining(['build', 'tools']));
  });

  it('run in the background every phase the longest one, the browser, does not wait for', () => {
    const real = testPhases('/project', '/usr/bin/node');
    const browser = real.find((p) => p.name === 'browser')!;
    const needed = new Set(browser.after);
    for (const p of real) {
      const onTheWay = p === browser || needed.has(p.name);
      expect(p.background ?? false, `${p.name} in the background`).toBe(!onTheWay);
    }
  });
});
