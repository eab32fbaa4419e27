/**
 * npm run bench: builds the site and reports what each page costs to download, how long
 * the build takes, and how the build time grows with 10, 100 and 1,000 generated
 * scenario entries added to a temporary copy of the content (never to content/).
 * Times are reported, never asserted: they depend on the machine and its load.
 *
 * Usage: npm run bench [-- --sizes 10,100,1000] [-- --out file.json]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type PageWeight, weighPage } from './lib/bytes.ts';
import { listPages } from './lib/dist.ts';
import { parseHeadersFile } from '../tests/support/headersFile.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,100,1000' }, out: { type: 'string' } },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/** Rules in the build's _headers: Cloudflare reads 100 at most, so it must not grow with pages. */
const headerRules = (dist: string) => parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')).length;

function build(env: Record<string, string>): { seconds: number; pages: number; dist: string } {
  const dist = env.OUT_DIR ?? join(root, 'dist');
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    // Astro prints a warning per MDX file; with 1,000 entries that passes spawnSync's 1 MB default.
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(
      `Build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr.slice(-4000)}`,
    );
  }
  return { seconds, pages: listPages(dist).length, dist };
}

const PLACES = ['home', 'studio', 'office', 'travel', 'gym'];
const NOISE = ['quiet', 'some', 'loud'];
const USES = ['music', 'critical', 'recording', 'dj', 'gaming'];

/**
 * A plausible scenario entry; generated, so the content schema and the editorial rules
 * check it like any other (its body is long enough for a situation's page).
 */
function scenario(index: number): string {
  const pick = (list: string[]) => list[index % list.length] ?? '';
  return `---
title: Generated scenario ${index} for the benchmark
description: A generated scenario used only to measure how the build scales with the number of pages on the site.
label: Generated ${index}
answers:
  place: ${pick(PLACES)}
  noise: ${pick(NOISE.flatMap((n) => Array<string>(5).fill(n)))}
  use: ${pick(USES.flatMap((u) => Array<string>(15).fill(u)))}
order: ${1000 + index}
published: 2026-11-24
---

${Array.from({ length: 12 }, () => 'This page exists only in a temporary copy of the content, to time the build.').join(' ')}
`;
}

console.log('Building the site as it is…');
// Work folders inside the project: Astro puts a build's prerender chunks in <cwd>/.astro/
// when outDir lies outside the working directory, where another build could overwrite them.
const scratch = join(root, '.tmp', 'bench');
mkdirSync(scratch, { recursive: true });
const clean = join(mkdtempSync(join(scratch, 'base-')), 'dist');
const base = build({ OUT_DIR: clean, ASTRO_CACHE_DIR: join(clean, '..', 'cache') });

const perPage = listPages(clean).map((page) => ({
  path: page.path,
  ...weighPage(clean, readFileSync(page.file, 'utf8')),
}));

const scaling: {
  extraEntries: number;
  pages: number;
  headerRules: number;
  seconds: number;
  msPerPage: number;
}[] = [
  {
    extraEntries: 0,
    pages: base.pages,
    headerRules: headerRules(clean),
    seconds: base.seconds,
    msPerPage: (base.seconds * 1000) / base.pages,
  },
];
for (const count of sizes) {
  const work = mkdtempSync(join(scratch, `bench-${count}-`));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(content, 'scenarios', `generated-${i}.mdx`), scenario(i));
  console.log(`Building with ${count} extra scenario entries…`);
  const run = build({
    CONTENT_DIR: content,
    OUT_DIR: join(work, 'dist'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
  });
  scaling.push({
    extraEntries: count,
    pages: run.pages,
    headerRules: headerRules(run.dist),
    seconds: run.seconds,
    msPerPage: (run.seconds * 1000) / run.pages,
  });
  rmSync(work, { recursive: true, force: true });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}K`;
const row = (w: PageWeight) =>
  [
    w.firstScreen,
    kb(w.html.raw),
    kb(w.html.gzip),
    kb(w.html.brotli),
    kb(w.css.raw),
    kb(w.css.brotli),
    kb(w.js.raw),
    kb(w.js.brotli),
  ].join('\t');
console.log('\nPer page: first screen (brotli bytes), HTML raw/gzip/brotli, CSS raw/brotli, JS raw/brotli');
for (const page of perPage) console.log(`${row(page)}\t${page.path}`);
const longest = perPage.reduce((a, b) => (b.html.raw > a.html.raw ? b : a));
console.log(
  `\nLongest page: ${longest.path}, HTML ${kb(longest.html.raw)} raw, ${kb(longest.html.brotli)} brotli; CSS ${kb(longest.css.brotli)} brotli`,
);
console.log('\nBuild time by size');
for (const s of scaling) {
  console.log(
    `+${s.extraEntries} entries\t${s.pages} pages\t${s.headerRules} _headers rules\t${s.seconds.toFixed(1)} s\t${s.msPerPage.toFixed(1)} ms/page`,
  );
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  pages: perPage.map(({ path, firstScreen, html, css, js }) => ({ path, firstScreen, html, css, js })),
  scaling,
};
const out = values.out ?? join(root, '.tmp', 'bench', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nFigures written to ${out}`);
rmSync(join(clean, '..'), { recursive: true, force: true });
