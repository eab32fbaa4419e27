/**
 * A malformed content file must stop the build and say which file, which field and
 * what is wrong. Each case breaks one thing in a copy of the fixture content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/head/siteUrl';
import { buildFixture, buildFixtureAsync, replaceIn } from './buildFixture';

const cases: { name: string; edit: (dir: string) => void; expected: RegExp[] }[] = [
  {
    name: 'a missing required field',
    edit: (dir) => replaceIn(dir, 'designs/closed.mdx', /^summary: .*\n/m, ''),
    expected: [/designs\/closed\.mdx/, /summary/, /expected string, received undefined|Required/i],
  },
  {
    name: 'a rating outside the 1 to 5 scale',
    edit: (dir) => replaceIn(dir, 'designs/open.mdx', /(soundstage:\n\s+score: )\d/, '$19'),
    expected: [/designs\/open\.mdx/, /ratings\.soundstage\.score/, /expected number to be <=5/],
  },
  {
    name: 'an unknown aspect on a pro',
    edit: (dir) => replaceIn(dir, 'designs/open.mdx', 'aspect: sound', 'aspect: loudness'),
    expected: [/designs\/open\.mdx/, /pros\.0\.aspect/, /sound.*isolation.*leakage/],
  },
  {
    name: 'a duplicate pro or con id',
    edit: (dir) => replaceIn(dir, 'designs/open.mdx', 'id: open-fixture-con', 'id: open-fixture-pro'),
    expected: [
      /designs\/open\.mdx/,
      /cons\.0\.id/,
      /duplicate id "open-fixture-pro": already used at pros\[0\]/,
    ],
  },
  {
    name: 'a model referring to a design that does not exist',
    edit: (dir) => replaceIn(dir, 'models/fixture-open.yaml', 'design: open', 'design: opne'),
    expected: [
      /models\/fixture-open\.yaml → design: "opne" is not a design; use one of: closed, open, semi-open/,
    ],
  },
  {
    name: 'a model citing a source that does not exist',
    edit: (dir) =>
      replaceIn(dir, 'models/fixture-open.yaml', 'sources: [fixture-source]', 'sources: [nowhere]'),
    expected: [/models\/fixture-open\.yaml → sources\[0\]: "nowhere" is not a source/],
  },
  {
    name: 'a glossary entry pointing to a term that does not exist',
    edit: (dir) => replaceIn(dir, 'glossary/fixture-term.yaml', 'seeAlso: []', 'seeAlso: [ghost]'),
    expected: [/glossary\/fixture-term\.yaml → seeAlso\[0\]: "ghost" is not a glossary entry/],
  },
  {
    name: 'an MDX component naming a design that does not exist',
    edit: (dir) =>
      replaceIn(dir, 'guide/intro.mdx', '<ProsCons design="open" />', '<ProsCons design="half-open" />'),
    expected: [/guide\/intro\.mdx → body design=: "half-open" is not in designs/],
  },
  {
    name: 'a price in a currency',
    edit: (dir) =>
      replaceIn(dir, 'models/fixture-open.yaml', 'note: A fixture model', 'note: A $99 fixture model'),
    expected: [/models\/fixture-open\.yaml → note: states a price \("\$99"\)/],
  },
  {
    name: 'a link to another site that is not https',
    edit: (dir) =>
      replaceIn(
        dir,
        'faq/fixture-question.mdx',
        'Some fixture nuance.',
        'Some [fixture](http://example.com/) nuance.',
      ),
    expected: [
      /faq\/fixture-question\.mdx → body link: "http:\/\/example\.com\/" must be an https:\/\/ address/,
    ],
  },
  {
    name: "a source linking to a site's home page",
    edit: (dir) =>
      replaceIn(dir, 'sources/fixture-source.yaml', 'https://example.com/fixture', 'https://example.com/'),
    expected: [/sources\/fixture-source\.yaml/, /url/, /not to a site's home page/],
  },
  {
    name: 'a source linked over plain http',
    edit: (dir) =>
      replaceIn(
        dir,
        'sources/fixture-source.yaml',
        'https://example.com/fixture',
        'http://example.com/fixture',
      ),
    expected: [/sources\/fixture-source\.yaml/, /url/, /https/],
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
  {
    name: 'a source that no page cites',
    edit: (dir) => replaceIn(dir, 'models/fixture-open.yaml', 'sources: [fixture-source]', 'sources: []'),
    expected: [/sources\/fixture-source\.yaml → id: no page cites "fixture-source"/],
  },
  {
    name: 'a rating citing a source that does not exist',
    edit: (dir) =>
      replaceIn(
        dir,
        'designs/open.mdx',
        /(soundstage:\n\s+score: \d\n\s+reason: .*\n\s+source: )judgement/,
        '$1nowhere',
      ),
    expected: [/designs\/open\.mdx → ratings\.soundstage\.source: "nowhere" is not a source/],
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

describe('a SITE_URL that cannot be the site address', () => {
  it.concurrent.each([
    ['not absolute', 'headphones.example.org', /absolute http\(s\) address/],
    ['with a path', 'https://example.org/sub', /root of its domain/],
  ])('stops the build when it is %s, saying what is expected', async (_, value, message) => {
    const build = await buildFixtureAsync(() => {}, { env: { SITE_URL: value } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/SITE_URL/);
    expect(build.output).toMatch(message);
  });
});
