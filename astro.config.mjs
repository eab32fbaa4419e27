// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import staticHeaders from './src/integrations/staticHeaders.ts';
import { CSP_DIRECTIVES } from './src/lib/http/headers.ts';
import { sitemapFacts } from './src/lib/head/sitemap.ts';
import { resolveSiteUrl } from './src/lib/head/siteUrl.ts';

/**
 * The public address the site is deployed at: canonical URLs, the sitemap and social
 * cards are built from it. Set SITE_URL when building for a real domain; a value that is
 * not an absolute http(s) origin stops here with what is expected (src/lib/head/siteUrl.ts).
 */
const { site, warning: siteWarning } = resolveSiteUrl(process.env.SITE_URL);
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  // Said relative to this file, not to the project root: a fixture build runs with its own
  // root (tests/build/buildFixture.ts), so the Astro files it generates in <root>/.astro/
  // never mix with another build's, and it still builds this project's pages.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  trailingSlash: 'always',
  // Tests build fixture content into their own folder so they never clobber dist/.
  outDir,
  // Astro caches loaded content between builds; a fixture build gets its own cache so
  // its entries can never leak into the real site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The guide has no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      // Each page decides for itself: a noindex page is left out, and lastmod is the
      // dateModified of its structured data (from content frontmatter).
      serialize(item) {
        const path = new URL(item.url).pathname;
        if (!path.endsWith('/')) return undefined;
        const facts = sitemapFacts(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
    staticHeaders(),
    {
      // Said once, and only when building: a dev server never needs the real address.
      name: 'site-url',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command === 'build' && siteWarning) logger.warn(siteWarning);
        },
      },
    },
  ],
  security: {
    // Astro adds the hashes of every script and style it emits to script-src and
    // style-src; everything else is shut unless listed here. No 'unsafe-inline' anywhere.
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Small scripts go inline, except the agents' tool on /picker/: inline it would push
      // that page's first response past one round trip, and only agents need it.
      assetsInlineLimit: (file) => (file.includes('AgentTool') ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks every MDX entry's propagated-assets module with the directive
          // "use astro:head-inject", which Astro itself reads before bundling; Rolldown then
          // warns that it may drop the directive, once per MDX file (withastro/astro#18087).
          // Known harmless, so only that one warning is dropped; every other one still
          // prints (tests/build/content-errors.test.ts checks a clean build prints none but
          // the SITE_URL one).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Styles go inline so a page renders from its first response alone (no blocking
  // stylesheet request); the CSP below hashes each <style> like the scripts.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
