/**
 * Writes `_headers` into the build output once every page exists, so the policy each
 * page is served with is exactly the one its own HTML declares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listPages } from '../../scripts/lib/dist.ts';
import { buildHeadersFile, cspFromHtml } from '../lib/headers';

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = listPages(dist)
          .filter((page) => page.path.endsWith('/'))
          .map((page) => ({ path: page.path, csp: cspFromHtml(readFileSync(page.file, 'utf8')) }));
        writeFileSync(`${dist}/_headers`, buildHeadersFile(pages));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
