/**
 * The design schema, without a build: a design file's front matter either parses, or the
 * error names the field and what is wrong. tests/build/content-errors.test.ts proves once,
 * with a real build, that such an error reaches the editor with the file's name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { designSchema } from '../../src/schemas/designs';
import { ATTRIBUTE_KEYS, RATING_MAX, RATING_MIN } from '../../src/vocabulary';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'content', 'designs', 'open.mdx');

/** The fixture design's front matter, parsed afresh so each test may change its copy. */
function validDesign(): Record<string, unknown> & {
  pros: { id: string; aspect: string }[];
  cons: { id: string }[];
  ratings: Record<string, { score: number }>;
} {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(FIXTURE, 'utf8'))![1]!;
  return yaml.load(front) as ReturnType<typeof validDesign>;
}

/** Each issue as `path: message`, the way the build prints it. */
function issues(data: unknown): string[] {
  const parsed = designSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the design schema', () => {
  it('accepts the fixture design', () => {
    expect(issues(validDesign())).toEqual([]);
  });

  it('names a missing required field', () => {
    const design = validDesign();
    delete design['summary'];
    expect(issues(design)).toEqual([expect.stringMatching(/^summary: .*(expected string|required)/i)]);
  });

  it.each([RATING_MIN - 1, RATING_MAX + 1])(
    'rejects a rating of %i, outside the scale, naming the attribute',
    (score) => {
      const design = validDesign();
      const attribute = ATTRIBUTE_KEYS[0]!;
      design.ratings[attribute]!.score = score;
      expect(issues(design)).toEqual([
        expect.stringMatching(new RegExp(`^ratings\\.${attribute}\\.score: .*expected number to be [<>]=`)),
      ]);
    },
  );

  it('rejects a rating missing for one of the attributes', () => {
    const design = validDesign();
    const attribute = ATTRIBUTE_KEYS.at(-1)!;
    design.ratings = Object.fromEntries(Object.entries(design.ratings).filter(([key]) => key !== attribute));
    expect(issues(design)).toEqual([expect.stringMatching(new RegExp(`^ratings\\.${attribute}: `))]);
  });

  it('rejects an aspect that is not in the vocabulary, listing the ones that are', () => {
    const design = validDesign();
    design.pros[0]!.aspect = 'loudness';
    expect(issues(design)).toEqual([expect.stringMatching(/^pros\.0\.aspect: .*sound.*isolation.*leakage/)]);
  });

  it('rejects a con that reuses a pro’s id, saying where the id is already used', () => {
    const design = validDesign();
    design.cons[0]!.id = design.pros[0]!.id;
    expect(issues(design)).toEqual([
      `cons.0.id: duplicate id "${design.pros[0]!.id}": already used at pros[0]`,
    ]);
  });
});
