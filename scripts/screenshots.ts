/**
 * Screenshots of every built page at phone and desktop widths in both colour schemes,
 * written to .tmp/screenshots/, for looking at the site the way a reader sees it.
 * Usage: npm run build && npm run screenshots [-- /path/ …]
 * A path with a #fragment gives one screen at that anchor instead of the full page.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { listPages } from './lib/dist.ts';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/system.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const out = join(root, '.tmp', 'screenshots');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const pages =
  only.length > 0 ? only.map((path) => ({ path })) : listPages(dist).map((p) => ({ path: p.path }));

const preview = await startPreview(root, 4398);
const base = preview.url;

const found = await ensureChromium();
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
  for (const { path } of pages) {
    for (const [name, width] of [
      ['phone', 375],
      ['desktop', 1280],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        await page.goto(base + path);
        const file = join(out, `${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !path.includes('#') });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}
