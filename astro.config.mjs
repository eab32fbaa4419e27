// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/**
 * The public address the site is deployed at: canonical URLs, the sitemap and social
 * cards are built from it. Set SITE_URL when building for a real domain.
 */
const site = process.env.SITE_URL ?? 'https://open-or-closed.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build fixture content into their own folder so they never clobber dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro caches loaded content between builds; a fixture build gets its own cache so
  // its entries can never leak into the real site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
  },
  preview: { port: 4321 },
  devToolbar: { enabled: false },
});
