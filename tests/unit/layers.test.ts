/**
 * The layers read one way: the vocabulary imports nothing; pure logic never reaches up
 * into the content queries or the test tooling; the build never imports test tooling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|astro|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every module specifier a file imports, resolved against the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/\bimport\s[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .map((spec) => (spec.startsWith('.') ? relative(ROOT, join(ROOT, file, '..', spec)) : spec));
}

describe('layers', () => {
  it('the vocabulary imports nothing', () => {
    expect(importsOf('src/vocabulary.ts')).toEqual([]);
  });

  it('src/lib never imports src/data, components, pages or layouts', () => {
    const wrong = filesUnder('src/lib').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^src\/(?:data|components|pages|layouts)\b/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/schemas import only zod, each other and the vocabulary', () => {
    const wrong = filesUnder('src/schemas').flatMap((file) =>
      importsOf(file)
        .filter((spec) => !/^(?:astro\/zod|src\/schemas\/|src\/vocabulary)/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the site never imports test tooling from scripts/, tests/ or e2e/', () => {
    const wrong = filesUnder('src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(?:scripts|tests|e2e)\//.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });
});
