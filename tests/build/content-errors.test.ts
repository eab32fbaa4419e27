/**
 * A malformed content file must stop the build and say which file, which field and
 * what is wrong. Each case breaks one thing in a copy of the fixture content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/head/siteUrl';
import { buildFixture, buildFixtureAsync, replaceIn } from './buildFixture';

/*
 * One real build per kind of error, each proving that kind reaches the build's output with
 * the file, the field and the problem. Every other rule of each kind is tested without a
 * build, against the same functions the build calls: the schemas in
 * tests/unit/designSchema.test.ts and tests/unit/sources.test.ts, the cross-file and
 * editorial rules in tests/unit/content.test.ts and tests/unit/contentRules.test.ts, and
 * SITE_URL in tests/unit/siteUrl.test.ts (the fixture build below shows the config calls it).
 */
const cases: { name: string; edit: (dir: string) => void; expected: RegExp[] }[] = [
  {
    // Schema: Astro's content layer rejects the entry; the path is a nested one.
    name: 'a rating outside the 1 to 5 scale (a schema error)',
    edit: (dir) => replaceIn(dir, 'designs/open.mdx', /(soundstage:\n\s+score: )\d/, '$19'),
    expected: [/designs\/open\.mdx/, /ratings\.soundstage\.score/, /expected number to be <=5/],
  },
  {
    // Schema, for models: zod reports every field of one entry at once, so one file proves
    // a model with no source at all, a fact without a source and an unknown kind.
    name: 'a model with no source, a fact without a source and an unknown kind (a schema error)',
    edit: (dir) =>
      writeFileSync(
        join(dir, 'models/fixture-bare.yaml'),
        [
          'brand: Fixture',
          'model: Bare',
          'design: closed',
          'kind: { value: over-the-ear, source: fixture-source }',
          'tier: mid',
          'goodFor: [tests]',
          'note: A model that cites nothing for its design or its facts.',
          'facts:',
          '  anc: true',
        ].join('\n'),
      ),
    expected: [
      /models\/fixture-bare\.yaml/,
      /design: has no source: write it as \{ value: …, source:/,
      /kind\.value: Invalid option: expected one of "over-ear"\|"on-ear"\|"in-ear"\|"earbuds"/,
      /facts\.anc: has no source/,
    ],
  },
  {
    // Cross-file: src/data/content.ts throws every content and editorial problem as one list.
    name: 'a model fact citing a source that does not exist (a cross-file error)',
    edit: (dir) =>
      replaceIn(
        dir,
        'models/fixture-open.yaml',
        'anc: { value: false, source: fixture-source }',
        'anc: { value: false, source: nowhere }',
      ),
    expected: [/models\/fixture-open\.yaml → facts\.anc\.source: "nowhere" is not a source/],
  },
  {
    // MDX: a component's props in a body are read from the MDX source.
    name: 'an MDX component naming a design that does not exist (an MDX error)',
    edit: (dir) =>
      replaceIn(dir, 'guide/intro.mdx', '<ProsCons design="open" />', '<ProsCons design="half-open" />'),
    expected: [/guide\/intro\.mdx → body design=: "half-open" is not in designs/],
  },
  {
    name: 'an unknown Callout kind in an MDX file',
    edit: (dir) => {
      const file = join(dir, 'designs/closed.mdx');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\n<Callout kind="danger" title="Loud rooms">Text.</Callout>\n`,
      );
    },
    expected: [/designs\/closed\.mdx → line \d+ of the body: <Callout> kind: .*"tip"\|"note"\|"warning"/],
  },
];

describe('a malformed content file', () => {
  // Each case is its own build; they run side by side, each in its own folder.
  it.concurrent.each(cases)(
    'fails the build and names the file, the field and the problem for $name',
    async ({ edit, expected }) => {
      const build = await buildFixtureAsync(edit);
      expect(build.ok, build.output).toBe(false);
      for (const pattern of expected) expect(build.output).toMatch(pattern);
    },
  );
});

describe('the fixture content itself', () => {
  // Built without SITE_URL, as a first `npm run build` would be.
  const build = buildFixture(() => {}, { env: { SITE_URL: '' } });

  it('builds without errors, so every failure above comes from its one edit', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
  });

  it('prints one warning, naming SITE_URL and the placeholder it used, and no other', () => {
    // Only the one known-harmless Rolldown warning is filtered (astro.config.mjs); any other shows here.
    const warnings = build.output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SITE_URL');
    expect(warnings[0]).toContain(PLACEHOLDER_SITE);
  });

  it('gives the 404 page no canonical address, since it answers at every unknown one', () => {
    const html = readFileSync(join(build.dist, '404.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });
});
