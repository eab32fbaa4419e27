/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) into the build output: a
 * fixed set of rules by path pattern from src/lib/http/headers.ts, the same however many
 * pages the site has. Each page's own hashes stay in its <meta> policy.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, HEADER_RULES } from '../lib/http/headers';

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), buildHeadersFile());
        logger.info(`_headers written: ${HEADER_RULES.length} rules`);
      },
    },
  };
}
