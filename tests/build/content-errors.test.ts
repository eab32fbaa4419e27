/**
 * A malformed content file must stop the build and say which file, which field and
 * what is wrong. Each case breaks a copy of the fixture content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureAsync, replaceIn } from './buildFixture';

/*
 * Three real builds prove each kind of error reaches the build's output with the file, the
 * field and the problem: a schema error in an MDX page's front matter, one in a data file
 * (the content layer stops at the first entry it rejects, so each is a build of its own),
 * and the cross-file and MDX errors, which the build reports together in one list. Every
 * other rule of each kind is tested without a build, against the same functions the build
 * calls: the schemas in tests/unit/designSchema.test.ts and tests/unit/sources.test.ts,
 * the cross-file and editorial rules in tests/unit/content.test.ts and
 * tests/unit/contentRules.test.ts. That the fixture content builds as it is, so each
 * failure here comes from its edit, is shown by content-propagation.test.ts, which builds
 * it with one valid edit.
 */
const cases: { name: string; edit: (dir: string) => void; expected: RegExp[] }[] = [
  {
    // Schema, for a page's front matter (an MDX entry): the path is a nested one.
    name: 'a rating outside the 1 to 5 scale (a schema error in MDX front matter)',
    edit: (dir) => replaceIn(dir, 'designs/open.mdx', /(soundstage:\n\s+score: )\d/, '$19'),
    expected: [/designs\/open\.mdx/, /ratings\.soundstage\.score/, /expected number to be <=5/],
  },
  {
    // Schema, for a data file (YAML). Astro's content layer stops at the first entry it
    // rejects, so this is a build of its own; zod reports every field of that entry at
    // once, so one file proves a model with no source at all, a fact without a source and
    // an unknown kind.
    name: 'a model with no source, a fact without a source and an unknown kind (a schema error in a data file)',
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
    // Cross-file and MDX: src/data/content.ts throws every content and editorial problem
    // as one list, so one build proves both kinds reach the output, each with its file: a
    // fact citing a source that does not exist, a component's props in a body (read from
    // the MDX source) naming a design that does not exist, and an unknown Callout kind.
    name: 'a missing source, an unknown design in a component and an unknown Callout kind (cross-file and MDX errors)',
    edit: (dir) => {
      replaceIn(
        dir,
        'models/fixture-open.yaml',
        'anc: { value: false, source: fixture-source }',
        'anc: { value: false, source: nowhere }',
      );
      replaceIn(dir, 'guide/intro.mdx', '<ProsCons design="open" />', '<ProsCons design="half-open" />');
      const file = join(dir, 'designs/closed.mdx');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\n<Callout kind="danger" title="Loud rooms">Text.</Callout>\n`,
      );
    },
    expected: [
      /models\/fixture-open\.yaml → facts\.anc\.source: "nowhere" is not a source/,
      /guide\/intro\.mdx → body design=: "half-open" is not in designs/,
      /designs\/closed\.mdx → line \d+ of the body: <Callout> kind: .*"tip"\|"note"\|"warning"/,
    ],
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
