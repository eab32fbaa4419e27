/**
 * One way to run axe in the browser tests, so every check of the site and the fixtures
 * that prove the checks can fail run it the same way.
 *
 * Axe is put into the page (and every frame in it) once per document and run there
 * directly. `@axe-core/playwright` re-injects its 500 KB script on every call and finishes
 * each run in a second, blank page; measured on `/guide/`, that made a run of every rule
 * take 3.3 s instead of 0.9 s, and the colour rules 1.6 s instead of 0.6 s, for the same
 * violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_TAGS } from '../helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Makes `window.axe` available in a frame, unless its document already has it. Frames of
 * another origin answer the top frame's axe only if they accept its messages, hence
 * `allowedOrigins` (the tests' own pages and hosts are the only ones loaded).
 */
async function inject(frame: Frame): Promise<void> {
  await frame.evaluate(`
    if (!window.axe) {
      ${AXE_SOURCE}
      window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });
    }
  `);
}

/**
 * Axe's violations on the page, one line each (rule, help, where), for an assertion whose
 * failure says what to fix. `rules` runs only those rules; otherwise every WCAG 2.2 AA rule
 * and axe's best practices. Frames are tested too: axe in the top frame asks axe in each
 * frame for its results, so a target in a frame reads `iframe-selector element-selector`.
 *
 * Only violations are collected: axe still runs every check, but it no longer builds a
 * selector for each of the thousands of elements that pass, which is most of its time on
 * a long page.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  for (const frame of page.frames()) await inject(frame);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}
