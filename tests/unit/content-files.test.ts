/**
 * The real content files, read without Astro: every file under content/ must match its
 * collection's schema, and every id it names (sources, glossary terms, designs, pages)
 * must exist. The build makes some of these checks too; here they run in a second and
 * name the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DESIGN_IDS, type DesignId } from '../../src/lib/answers';
import { ATTRIBUTE_KEYS, type Attribute, designSchema } from '../../src/schemas/designs';
import { modelSchema } from '../../src/schemas/models';
// The agreed point ids and scores live once, beside the picker's tests that also rely on them.
import { POINT_IDS, RATINGS } from './fixtures/catalog';
import {
  faqSchema,
  glossarySchema,
  guideSchema,
  scenarioSchema,
  sourceSchema,
} from '../../src/schemas/pages';

const ROOT = resolve(import.meta.dirname, '..', '..', 'content');

interface ContentFile {
  /** The file name without its extension: the entry's id. */
  id: string;
  /** Path relative to the project, for messages. */
  path: string;
  /** The parsed YAML: the whole file, or the front matter of an MDX file. */
  data: Record<string, unknown>;
  /** The MDX body after the front matter; empty for YAML files. */
  body: string;
}

function read(collection: string, extension: '.mdx' | '.yaml'): ContentFile[] {
  const dir = join(ROOT, collection);
  return readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const path = `content/${collection}/${file}`;
      if (extension === '.yaml') {
        return { id: file.slice(0, -extension.length), path, data: yaml.load(text) as never, body: '' };
      }
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path} has no front matter between --- lines`);
      return {
        id: file.slice(0, -extension.length),
        path,
        data: yaml.load(match[1]!) as never,
        body: match[2]!,
      };
    });
}

const content = {
  designs: read('designs', '.mdx'),
  guide: read('guide', '.mdx'),
  models: read('models', '.yaml'),
  faq: read('faq', '.mdx'),
  glossary: read('glossary', '.yaml'),
  sources: read('sources', '.yaml'),
  scenarios: read('scenarios', '.mdx'),
};

const SCHEMAS: Record<keyof typeof content, z.ZodType> = {
  designs: designSchema,
  guide: guideSchema,
  models: modelSchema.extend({ design: z.enum(DESIGN_IDS) }),
  faq: faqSchema,
  glossary: glossarySchema,
  sources: sourceSchema,
  scenarios: scenarioSchema,
};

const ids = (files: ContentFile[]) => new Set(files.map((f) => f.id));
const sourceIds = ids(content.sources);
const glossaryIds = ids(content.glossary);
const mdxFiles = [...content.designs, ...content.guide, ...content.faq, ...content.scenarios];
const everyFile = Object.values(content).flat();

/** Every internal address a link may point to, derived from the content's own ids. */
const KNOWN_TARGETS = new Set([
  '/',
  '/compare/',
  '/picker/',
  '/glossary/',
  '/faq/',
  ...DESIGN_IDS.map((id) => `/designs/${id}/`),
  '/guide/',
  '/for/',
  // "/#studio" is the guide's section wherever the article lives; pages render it as "/guide/#studio".
  ...content.guide.flatMap((f) => [`/#${f.id}`, `/guide/#${f.id}`]),
  ...content.glossary.map((f) => `/glossary/#${f.id}`),
  ...content.faq.map((f) => `/faq/#${f.id}`),
  ...content.scenarios.map((f) => `/for/${f.id}/`),
]);

/** Link targets in an MDX body: Markdown links and href attributes. */
function linksIn(body: string): string[] {
  const markdown = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const attributes = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
  return [...markdown, ...attributes];
}

function wordsIn(body: string): number {
  const prose = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*[-*]\s/gm, ' ')
    .replace(/[#*_[\]>`]+/g, ' ');
  return prose.split(/\s+/).filter(Boolean).length;
}

describe('every content file', () => {
  for (const [collection, files] of Object.entries(content) as [keyof typeof content, ContentFile[]][]) {
    it(`finds at least one file in content/${collection}`, () => {
      expect(files.length).toBeGreaterThan(0);
    });

    for (const file of files) {
      it(`${file.path} matches the ${collection} schema`, () => {
        const result = SCHEMAS[collection].safeParse(file.data);
        const problems = result.success
          ? []
          : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        expect(problems).toEqual([]);
      });
    }
  }

  it('has an id made of lowercase words joined by hyphens', () => {
    const bad = everyFile.filter((f) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)).map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('was published on or after 2026-11-24, the site’s launch, and carries no updated date', () => {
    const dated = [...content.designs, ...content.guide, ...content.scenarios];
    for (const file of dated) {
      expect((file.data['published'] as Date).getTime(), file.path).toBeGreaterThanOrEqual(
        new Date('2026-11-24').getTime(),
      );
      expect(file.data, file.path).not.toHaveProperty('updated');
    }
  });

  it('states no price in a currency', () => {
    const priced = everyFile
      .filter((f) =>
        /[$€£¥]\s?\d|\d\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b/i.test(JSON.stringify(f.data) + f.body),
      )
      .map((f) => f.path);
    expect(priced).toEqual([]);
  });

  it('never misspells the names the original article got wrong', () => {
    const misspelled = everyFile
      .filter((f) => /Beyerdyanamic|cheep|flattest response/i.test(JSON.stringify(f.data) + f.body))
      .map((f) => f.path);
    expect(misspelled).toEqual([]);
  });
});

describe('references between files', () => {
  it('cites only sources that exist in every <Cite id="...">', () => {
    const missing = mdxFiles.flatMap((file) =>
      [...file.body.matchAll(/<Cite\s+id="([^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((id) => !sourceIds.has(id))
        .map((id) => `${file.path}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites every source at least once, in a body or a model', () => {
    const cited = new Set([
      ...mdxFiles.flatMap((f) => [...f.body.matchAll(/<Cite\s+id="([^"]*)"/g)].map((m) => m[1]!)),
      ...content.models.flatMap((m) => (m.data['sources'] as string[] | undefined) ?? []),
    ]);
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('names only existing designs in design="..." attributes', () => {
    const bad = mdxFiles.flatMap((file) =>
      [...file.body.matchAll(/\sdesign="([^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((id) => !(DESIGN_IDS as readonly string[]).includes(id))
        .map((id) => `${file.path}: ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('points every glossary seeAlso at an existing term other than itself', () => {
    const bad = content.glossary.flatMap((term) =>
      ((term.data['seeAlso'] as string[] | undefined) ?? [])
        .filter((other) => !glossaryIds.has(other) || other === term.id)
        .map((other) => `${term.path}: ${other}`),
    );
    expect(bad).toEqual([]);
  });

  it('lists only existing sources for every model', () => {
    const bad = content.models.flatMap((model) =>
      ((model.data['sources'] as string[] | undefined) ?? [])
        .filter((id) => !sourceIds.has(id))
        .map((id) => `${model.path}: ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('links only to pages and anchors that will exist, with a trailing slash before any #', () => {
    const bad = mdxFiles.flatMap((file) =>
      linksIn(file.body)
        .filter((href) => href.startsWith('/') && !KNOWN_TARGETS.has(href))
        .map((href) => `${file.path}: ${href}`),
    );
    expect(bad).toEqual([]);
  });

  it('links to other sites only over https', () => {
    const bad = mdxFiles.flatMap((file) =>
      linksIn(file.body)
        .filter((href) => !href.startsWith('/') && !href.startsWith('https://'))
        .map((href) => `${file.path}: ${href}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('the designs', () => {
  it('are closed, semi-open and open, each in the file named after it', () => {
    expect(content.designs.map((d) => d.id).sort()).toEqual([...DESIGN_IDS].sort());
    for (const design of content.designs) expect(design.data['design'], design.path).toBe(design.id);
  });

  it('read as a spectrum: closed first, then semi-open, then open', () => {
    const order = Object.fromEntries(content.designs.map((d) => [d.id, d.data['order']]));
    expect(order).toEqual({ closed: 1, 'semi-open': 2, open: 3 });
  });

  it('carry exactly the agreed pro and con ids', () => {
    for (const design of content.designs) {
      const id = design.id as DesignId;
      const pros = (design.data['pros'] as { id: string }[]).map((p) => p.id);
      const cons = (design.data['cons'] as { id: string }[]).map((p) => p.id);
      expect(pros.sort(), `${design.path} pros`).toEqual([...POINT_IDS[id].pros].sort());
      expect(cons.sort(), `${design.path} cons`).toEqual([...POINT_IDS[id].cons].sort());
    }
  });

  it('carry exactly the agreed scores', () => {
    for (const attribute of ATTRIBUTE_KEYS) {
      const scores = DESIGN_IDS.map((id) => {
        const design = content.designs.find((d) => d.id === id)!;
        return (design.data['ratings'] as Record<Attribute, { score: number }>)[attribute].score;
      });
      expect(scores, attribute).toEqual(RATINGS[attribute]);
    }
  });

  it('each explain how the design works with its cup diagram, in 300 to 600 words', () => {
    for (const design of content.designs) {
      expect(design.body, design.path).toContain(`<CupDiagram design="${design.id}" />`);
      expect(design.body, design.path).toMatch(/^## How it works$/m);
      const words = wordsIn(design.body);
      expect(words, design.path).toBeGreaterThanOrEqual(300);
      expect(words, design.path).toBeLessThanOrEqual(600);
    }
  });
});

describe('the guide', () => {
  const expected = [
    'short-answer',
    'how-they-differ',
    'closed-back',
    'open-back',
    'semi-open',
    'by-situation',
    'picker',
    'models',
    'studio',
    'beyond-the-cup',
  ];

  it('has its sections in reading order', () => {
    const sorted = [...content.guide].sort(
      (a, b) => (a.data['order'] as number) - (b.data['order'] as number),
    );
    expect(sorted.map((s) => s.id)).toEqual(expected);
  });

  it('uses no heading above ### inside a section, since the page renders each title as an h2', () => {
    const bad = content.guide.filter((s) => /^#{1,2}\s/m.test(s.body)).map((s) => s.path);
    expect(bad).toEqual([]);
  });

  it('gives no heading an anchor that another element of the home page already uses', () => {
    // The home page shows every guide section and every question, each with its id as anchor;
    // MDX gives headings an id made from their text, and ids must be unique on a page.
    const taken = new Set([
      ...content.guide.map((s) => s.id),
      ...content.faq.map((f) => f.id),
      'faq',
      'sources',
    ]);
    const slugOf = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-');
    const clashes = content.guide.flatMap((section) =>
      [...section.body.matchAll(/^#{3,6}\s+(.+)$/gm)]
        .map((m) => slugOf(m[1]!))
        .filter((slug) => taken.has(slug))
        .map((slug) => `${section.path}: #${slug}`),
    );
    expect(clashes).toEqual([]);
  });

  it('opens with a direct answer of at most about 45 words', () => {
    const short = content.guide.find((s) => s.id === 'short-answer')!;
    const first = short.body.trim().split(/\n\s*\n/)[0]!;
    expect(wordsIn(first)).toBeLessThanOrEqual(45);
    expect(first).toMatch(/closed/i);
    expect(first).toMatch(/open/i);
  });

  it('places each generated component in the section that discusses it', () => {
    const body = (id: string) => content.guide.find((s) => s.id === id)!.body;
    expect(body('how-they-differ')).toContain('<ComparisonTable />');
    expect(body('how-they-differ')).toContain('<RatingsChart />');
    expect(body('closed-back')).toContain('<ProsCons design="closed" />');
    expect(body('open-back')).toContain('<ProsCons design="open" />');
    expect(body('semi-open')).toContain('<ProsCons design="semi-open" />');
    expect(body('by-situation')).toContain('<ScenarioMatrix />');
    expect(body('picker')).toContain('<Picker />');
    expect(body('models')).toContain('<ModelList />');
  });
});

describe('the other collections', () => {
  it('numbers the reader questions 1, 2, 3 and so on, with no gaps', () => {
    const orders = content.faq.map((f) => f.data['order'] as number).sort((a, b) => a - b);
    expect(orders).toEqual(Array.from({ length: orders.length }, (_, i) => i + 1));
  });

  it('has every glossary term the guide relies on', () => {
    const needed = [
      'soundstage',
      'isolation',
      'leakage',
      'impedance',
      'semi-open',
      'open-back',
      'closed-back',
      'planar-magnetic',
      'dynamic-driver',
      'ear-fatigue',
      'active-noise-cancelling',
      'bleed',
      'tracking',
      'mixing',
      'mastering',
      'frequency-response',
      'clamping-force',
      'ear-pads',
      'db-spl',
    ];
    expect(needed.filter((id) => !glossaryIds.has(id))).toEqual([]);
  });

  it('gives every scenario a title of at most 60 characters and a unique order', () => {
    for (const scenario of content.scenarios) {
      expect((scenario.data['title'] as string).length, scenario.path).toBeLessThanOrEqual(60);
    }
    const orders = content.scenarios.map((s) => s.data['order']);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('gives every scenario a body of 150 to 300 words', () => {
    for (const scenario of content.scenarios) {
      const words = wordsIn(scenario.body);
      expect(words, scenario.path).toBeGreaterThanOrEqual(150);
      expect(words, scenario.path).toBeLessThanOrEqual(300);
    }
  });

  it('gives impedance only for models that cite a source for it', () => {
    for (const m of content.models)
      if (m.data['impedance']) expect((m.data['sources'] as string[]).length, m.path).toBeGreaterThan(0);
  });
});
