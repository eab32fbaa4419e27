/**
 * npm run audit: Lighthouse with its default mobile settings over every built page,
 * printing performance, accessibility, best-practices and SEO scores and how many
 * agentic-browsing checks pass. Reported, not asserted: scores move with machine load.
 * Run `npm run build` first. Usage: npm run audit [-- /path/ …]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { listPages } from './lib/dist.ts';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/system.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const only = process.argv.slice(2);
const pages = listPages(dist)
  .filter((p) => p.path.endsWith('/'))
  .filter((p) => only.length === 0 || only.includes(p.path));

const preview = await startPreview(root, 4397);
const base = preview.url;

const browser = await ensureChromium();
const chrome = await chromeLauncher.launch({
  chromePath: browser.path,
  chromeFlags: ['--headless=new', '--disable-gpu', ...CHROMIUM_ARGS],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
const rows: Record<string, unknown>[] = [];
try {
  console.log('page\tperf\ta11y\tbest\tseo\tagentic (passed/total)\tfailing agentic checks');
  for (const { path } of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const agentic = categories['agentic-browsing']?.auditRefs ?? [];
    const applicable = agentic.filter((ref) => audits[ref.id]?.scoreDisplayMode !== 'notApplicable');
    const failing = applicable.filter((ref) => (audits[ref.id]?.score ?? 0) < 1).map((ref) => ref.id);
    const row = {
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      agenticPassed: applicable.length - failing.length,
      agenticTotal: applicable.length,
      agenticFailing: failing,
    };
    rows.push(row);
    console.log(
      [
        path,
        row.performance,
        row.accessibility,
        row.bestPractices,
        row.seo,
        `${row.agenticPassed}/${row.agenticTotal}`,
        failing.join(', '),
      ].join('\t'),
    );
  }
} finally {
  chrome.kill();
  await preview.stop();
}
const out = join(root, '.tmp', 'audit', `audit-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
console.log(`\nFigures written to ${out}`);
