/**
 * Citation rules: a source's address is an https deep link or absent, a rating names a
 * real source or says it is the guide's own judgement, and no source goes uncited. The
 * checks run on the fixture content in tests/fixtures/content, never on content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  type ContentSet,
  citedSourceIds,
  findCitationProblems,
  findContentProblems,
} from '../../src/lib/content/references';
import { sourceSchema } from '../../src/schemas/pages';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'content');

function read(collection: string) {
  const dir = join(FIXTURES, collection);
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const id = file.replace(/\.(mdx|yaml)$/, '');
      const filePath = `tests/fixtures/content/${collection}/${file}`;
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      return match
        ? { id, filePath, data: yaml.load(match[1]!) as never, body: match[2]! }
        : { id, filePath, data: yaml.load(text) as never };
    });
}

function fixtureSet(): ContentSet {
  return {
    designs: read('designs'),
    guide: read('guide'),
    models: read('models'),
    faq: read('faq'),
    glossary: read('glossary'),
    sources: read('sources'),
    scenarios: read('scenarios'),
  };
}

const source = (url?: string) => ({
  title: 'Sound Leakage of Headphones',
  publisher: 'RTINGS',
  supports: 'how leakage is measured',
  ...(url === undefined ? {} : { url }),
});

describe('a source address', () => {
  it.each([
    'https://www.rtings.com/headphones/tests/isolation/sound-leakage',
    'https://example.com/article?id=42',
  ])('accepts the deep https link %s', (url) => {
    expect(sourceSchema.safeParse(source(url)).success).toBe(true);
  });

  it('may be left out, for a magazine issue cited by title, publisher and date', () => {
    const parsed = sourceSchema.safeParse({ ...source(), author: 'Martin Walker', date: 'January 2007' });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['http://www.rtings.com/headphones/learn/open-vs-closed-back', /https/],
    ['https://www.rtings.com/', /home page/],
    ['https://www.rtings.com', /home page/],
    ['www.rtings.com/headphones', /./],
  ])('rejects %s', (url, message) => {
    const parsed = sourceSchema.safeParse(source(url));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(message);
  });
});

describe('findCitationProblems', () => {
  it('finds nothing wrong with the fixture content', () => {
    expect(findContentProblems(fixtureSet())).toEqual([]);
  });

  it('counts citations in bodies, in models and in ratings', () => {
    const set = fixtureSet();
    const designs = set.designs.map((d, i) =>
      i === 0 ? { ...d, data: { ...d.data, ratings: { isolation: { source: 'rated-here' } } } } : d,
    );
    const cited = citedSourceIds({
      ...set,
      designs,
      guide: [{ id: 'g', data: { order: 1 }, body: 'A claim <Cite id="cited-in-body" />.' }],
    });
    expect(cited).toContain('rated-here');
    expect(cited).toContain('cited-in-body');
    // A model cites its facts' sources (design and kind included) and its own list.
    for (const model of set.models) {
      expect(cited).toContain(model.data.design.source);
      for (const id of model.data.sources ?? []) expect(cited).toContain(id);
      for (const fact of Object.values(model.data.facts ?? {})) expect(cited).toContain(fact?.source);
    }
  });

  it('reports a source that no page cites, naming its file', () => {
    const set = fixtureSet();
    const problems = findCitationProblems({
      ...set,
      sources: [
        ...set.sources,
        { id: 'orphan', data: {}, filePath: 'tests/fixtures/content/sources/orphan.yaml' },
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/content/sources/orphan.yaml',
        message: expect.stringMatching(/no page cites "orphan"/),
      }),
    ]);
  });

  it('reports a rating whose source does not exist, and accepts "judgement"', () => {
    const set = fixtureSet();
    const [first, ...rest] = set.designs;
    const ratings = { isolation: { source: 'ghost' }, leakage: { source: 'judgement' } };
    const problems = findCitationProblems({
      ...set,
      designs: [{ ...first!, data: { ...first!.data, ratings } }, ...rest],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'ratings.isolation.source',
        message: expect.stringMatching(/"ghost" is not a source/),
      }),
    ]);
  });
});
