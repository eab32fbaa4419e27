/**
 * /embed.js: the one script a host includes to embed the picker. Bundled and minified
 * from src/components/embed/embedScript.ts at build time with esbuild (already part of
 * the toolchain through Vite), as one self-contained IIFE: no module, no import, no
 * dependency, nothing global left behind. Its size is budgeted in tests/dist/embed-build.test.ts.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { answerVocabulary } from '../lib/picker/form';
import { QUESTIONS } from '../vocabulary';

export const GET: APIRoute = async ({ site }) => {
  const result = await build({
    // Astro builds from the project root, so the source is found from there.
    entryPoints: [resolve('src/components/embed/embedScript.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      'import.meta.env.SITE': JSON.stringify(site?.href ?? ''),
      'import.meta.env.ANSWER_VOCABULARY': JSON.stringify(JSON.stringify(answerVocabulary(QUESTIONS))),
    },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no output for /embed.js');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
