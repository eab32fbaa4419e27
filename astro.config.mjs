// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import staticHeaders from './src/integrations/staticHeaders.ts';
import { sitemapFacts } from './src/lib/sitemap.ts';

/**
 * The public address the site is deployed at: canonical URLs, the sitemap and social
 * cards are built from it. Set SITE_URL when building for a real domain.
 */
const site = process.env.SITE_URL ?? 'https://open-or-closed.example';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
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
  ],
  security: {
    // Astro adds the hashes of every script and style it emits to script-src and
    // style-src; everything else is shut unless listed here. No 'unsafe-inline' anywhere.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
  // Styles go inline so a page renders from its first response alone (no blocking
  // stylesheet request); the CSP below hashes each <style> like the scripts.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
