/**
 * `npm test`: every check, as a graph of phases run side by side where they can (see
 * PHASES), so the whole suite uses both cores of a small machine instead of one phase at a
 * time. Each phase's output is printed whole when it ends, under its name, so parallel
 * phases never interleave; the run ends with each phase's time and says which failed.
 * The phases and why they run in this order: scripts/lib/phases.ts.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { blocked, checkGraph, type Phase, startable, type Status, testPhases } from './lib/phases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PHASES = testPhases(ROOT, process.execPath);
checkGraph(PHASES);

/** Niceness of a background phase: it yields the CPU to the browser tests (see phases.ts). */
const BACKGROUND = 10;

function runCommand(command: string[], background: boolean): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const [file = '', ...args] = command;
    const child = spawn(file, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    // Set at once, before the command starts its own workers, which inherit it. Where the
    // system refuses, the phase simply runs at normal priority.
    if (background && child.pid !== undefined) {
      try {
        setPriority(child.pid, BACKGROUND);
      } catch {
        // Priority is an optimisation, never a reason to fail.
      }
    }
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const status = new Map<string, Status>(PHASES.map((p) => [p.name, 'waiting']));
const seconds = new Map<string, number>();
const started = Date.now();

async function runPhase(phase: Phase): Promise<void> {
  status.set(phase.name, 'running');
  const start = Date.now();
  let failed = false;
  let output = '';
  for (const command of phase.run) {
    const result = await runCommand(command, phase.background ?? false);
    output += result.output;
    if (result.code !== 0) {
      failed = true;
      break;
    }
  }
  const took = (Date.now() - start) / 1000;
  seconds.set(phase.name, took);
  status.set(phase.name, failed ? 'failed' : 'passed');
  const mark = failed ? 'FAILED' : 'passed';
  console.log(`\n──── ${phase.name}: ${mark} in ${took.toFixed(1)} s ────\n${output.trimEnd()}`);
}

await new Promise<void>((finish) => {
  const running = new Set<Promise<void>>();
  const step = () => {
    for (const phase of blocked(PHASES, status)) status.set(phase.name, 'skipped');
    for (const phase of startable(PHASES, status)) {
      const job = runPhase(phase).then(() => {
        running.delete(job);
        step();
      });
      running.add(job);
    }
    if (running.size === 0) finish();
  };
  step();
});

const total = (Date.now() - started) / 1000;
console.log('\n──── npm test ────');
for (const phase of PHASES) {
  const took = seconds.get(phase.name);
  const time = took === undefined ? '' : `${took.toFixed(1)} s`;
  console.log(`${phase.name.padEnd(10)} ${(status.get(phase.name) ?? '').padEnd(8)} ${time}`);
}
console.log(`${'total'.padEnd(10)} ${''.padEnd(8)} ${total.toFixed(1)} s (wall)`);
const failed = PHASES.filter((p) => status.get(p.name) !== 'passed');
if (failed.length > 0) {
  console.log(
    `\nFailed: ${failed.map((p) => `${p.name} (${status.get(p.name)})`).join(', ')}; the output of each is above.`,
  );
  process.exit(1);
}
