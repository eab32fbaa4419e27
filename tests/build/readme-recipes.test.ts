/**
 * Every recipe in the README's "Editing the guide", applied as written to a copy of
 * content/: the snippets and the example file names are read from README.md itself, so
 * the README and this test cannot drift apart. One build carries all the recipes; each
 * test then checks that its change shows on every page that should show it. Nothing here
 * names today's content: the pages to look at follow from the recipe and the URL rules.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DESIGN_IDS } from '../../src/vocabulary';
import {
  COMPARE_URL,
  compareUrl,
  designUrl,
  FAQ_URL,
  GLOSSARY_URL,
  GUIDE_URL,
} from '../../src/lib/routes/urls';
import { buildFixture, SITE_CONTENT } from './buildFixture';

const README = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const EDITING = README.slice(README.indexOf('## Editing the guide'), README.indexOf('\n## Deploying'));

interface Recipe {
  /** Every `content/…` file the recipe's text names, in order. */
  files: string[];
  /** Its code blocks, in order. */
  blocks: string[];
}

/** The recipe that starts with the bold label, up to the next bold label. */
function recipe(label: string): Recipe {
  const start = EDITING.indexOf(`**${label}`);
  if (start < 0) throw new Error(`README's "Editing the guide" has no recipe "${label}"`);
  const next = EDITING.indexOf('\n**', start + 2);
  const text = EDITING.slice(start, next < 0 ? undefined : next);
  const prose = text.replace(/```[\s\S]*?```/g, '');
  return {
    files: [...prose.matchAll(/`(content\/[^`<>]+\.(?:mdx|yaml))`/g)].map((m) => m[1] ?? ''),
    blocks: [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1] ?? ''),
  };
}

/** The first of a recipe's files, or a clear failure if the README lost it. */
const fileOf = (r: Recipe, index = 0) => {
  const file = r.files[index];
  if (!file) throw new Error('a README recipe names no example file');
  return file.replace(/^content\//, '');
};
const blockOf = (r: Recipe, index = 0) => {
  const block = r.blocks[index];
  if (block === undefined) throw new Error('a README recipe lost its snippet');
  return block;
};

/** Lines of a YAML snippet below its first (the key that says where they go). */
const below = (snippet: string) => snippet.split('\n').slice(1).join('\n').trimEnd();

/*
 * An editor who follows a recipe literally publishes its example, so the content may
 * already hold it: a recipe whose result is already there counts as applied (the build
 * and the page checks below still run), and only a different file under the example's
 * name is an error.
 */
function edit(dir: string, file: string, change: (text: string) => string, result: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  if (before.includes(result)) return;
  const after = change(before);
  if (after === before) throw new Error(`the recipe changed nothing in ${file}`);
  writeFileSync(path, after);
}

function create(dir: string, file: string, text: string): void {
  const path = join(dir, file);
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8').trimEnd() === text.trimEnd()) return;
    throw new Error(
      `${file} already exists in content/ with other text: the README's example must name a new file`,
    );
  }
  writeFileSync(path, text);
}

const pro = recipe('Add a pro or a con.');
const rating = recipe('Change a rating.');
const model = recipe('Add a model.');
const question = recipe('Add a question.');
const term = recipe('Add a glossary term.');
const source = recipe('Cite a source.');
const updated = recipe('Set `updated`.');

const proList = yaml.load(blockOf(pro)) as Record<'pros' | 'cons', { id: string; text: string }[]>;
const [listName, [proItem]] = Object.entries(proList)[0] as [string, { id: string; text: string }[]];
const proDesign = fileOf(pro).replace(/^designs\/|\.mdx$/g, '');
const ratingDesign = fileOf(rating).replace(/^designs\/|\.mdx$/g, '');
const ratingEntry = Object.entries((yaml.load(blockOf(rating)) as { ratings: object }).ratings)[0] as [
  string,
  { score: number; reason: string },
];
const modelData = yaml.load(blockOf(model)) as {
  brand: string;
  model: string;
  design: { value: string };
  note: string;
};
const modelId = fileOf(model).replace(/^models\/|\.yaml$/g, '');
const questionId = fileOf(question).replace(/^faq\/|\.mdx$/g, '');
const questionData = yaml.load(blockOf(question).split('---')[1] ?? '') as { question: string };
const termId = fileOf(term).replace(/^glossary\/|\.yaml$/g, '');
const termData = yaml.load(blockOf(term)) as { term: string; definition: string };
const sourceData = yaml.load(blockOf(source)) as { title: string; publisher: string; url: string };
const citedIn = fileOf(source, 1);
const updatedDay = (yaml.load(blockOf(updated)) as { updated: Date }).updated.toISOString().slice(0, 10);
const updatedDesign = fileOf(updated).replace(/^designs\/|\.mdx$/g, '');

/** A model with the same brand and name already in the content would be a duplicate. */
function sameModelIn(dir: string): string | undefined {
  return readdirSync(join(dir, 'models')).find((file) => {
    const data = yaml.load(readFileSync(join(dir, 'models', file), 'utf8')) as {
      brand: string;
      model: string;
    };
    return (
      `${data.brand} ${data.model}`.toLowerCase() === `${modelData.brand} ${modelData.model}`.toLowerCase()
    );
  });
}

const build = buildFixture(
  (dir) => {
    // Add a pro or a con: the snippet's items go below the ones already in the list.
    edit(
      dir,
      fileOf(pro),
      (text) => text.replace(new RegExp(`^${listName}:\\n`, 'm'), `${listName}:\n${below(blockOf(pro))}\n`),
      below(blockOf(pro)),
    );
    // Change a rating: the snippet's entry replaces the attribute's entry.
    edit(
      dir,
      fileOf(rating),
      (text) =>
        text.replace(
          new RegExp(`^  ${ratingEntry[0]}:\\n(?:    .*\\n)+`, 'm'),
          `${below(blockOf(rating))}\n`,
        ),
      below(blockOf(rating)),
    );
    const duplicate = sameModelIn(dir);
    if (duplicate && `models/${duplicate}` !== fileOf(model)) {
      throw new Error(`the README's example model is already in content/models/${duplicate}`);
    }
    create(dir, fileOf(model), blockOf(model));
    create(dir, fileOf(question), blockOf(question));
    create(dir, fileOf(term), blockOf(term));
    create(dir, fileOf(source), blockOf(source));
    edit(dir, citedIn, (text) => `${text.trimEnd()}\n\n${blockOf(source, 1)}`, blockOf(source, 1).trim());
    // Set updated: replace the line if the file has one, else add it to the front matter.
    const updatedLine = blockOf(updated).trimEnd();
    edit(
      dir,
      fileOf(updated),
      (text) =>
        /^updated:.*$/m.test(text)
          ? text.replace(/^updated:.*$/m, updatedLine)
          : text.replace(/^(---\n[\s\S]*?\n)---\n/, `$1${updatedLine}\n---\n`),
      updatedLine,
    );
  },
  { from: SITE_CONTENT },
);

/** A built page's HTML with the entities Astro writes decoded, so text compares as written. */
function page(path: string): string {
  const file = path.endsWith('/') ? join(build.dist, path, 'index.html') : join(build.dist, path);
  return readFileSync(file, 'utf8')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const pairsWith = (design: string) =>
  DESIGN_IDS.flatMap((a, i) => DESIGN_IDS.slice(i + 1).map((b) => [a, b] as const))
    .filter((pair) => (pair as readonly string[]).includes(design))
    .map(([a, b]) => compareUrl(a, b));

/** Guide sections are all on the home page; does any of them use this component? */
const homeUses = (pattern: RegExp) =>
  readdirSync(join(build.content, 'guide')).some((file) =>
    pattern.test(readFileSync(join(build.content, 'guide', file), 'utf8')),
  );

describe("the README's editing recipes, applied as written to a copy of the content", () => {
  it('build without an error or a warning', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });

  it('add a pro or con to the design page, every comparison with it, and the article where it lists them', () => {
    const pages = [
      designUrl(proDesign),
      ...pairsWith(proDesign),
      ...(homeUses(new RegExp(`<ProsCons design="${proDesign}"`)) ? [GUIDE_URL] : []),
    ];
    for (const path of pages) expect(page(path), path).toContain(proItem?.text);
  });

  it('change a rating on the comparison page and every comparison with the design', () => {
    for (const path of [COMPARE_URL, ...pairsWith(ratingDesign)]) {
      expect(page(path), path).toContain(ratingEntry[1].reason);
    }
  });

  it("add a model to its design's page and the article's model list", () => {
    const pages = [designUrl(modelData.design.value), ...(homeUses(/<ModelList \/>/) ? [GUIDE_URL] : [])];
    for (const path of pages) {
      expect(page(path), path).toContain(`data-model="${modelId}"`);
      expect(page(path), path).toContain(modelData.note);
    }
  });

  it('add a question to the FAQ page, the article and llms.txt', () => {
    for (const path of [FAQ_URL, GUIDE_URL]) {
      expect(page(path), path).toContain(`id="${questionId}"`);
      expect(page(path), path).toContain(questionData.question);
    }
    expect(page('/llms.txt')).toContain(questionData.question);
  });

  it('add a glossary term under its own anchor', () => {
    expect(page(GLOSSARY_URL)).toContain(`id="${termId}"`);
    expect(page(GLOSSARY_URL)).toContain(termData.definition);
  });

  it("cite a source where it is cited and in the article's source list", () => {
    // The citing file is a guide section, so the citation is in the article, at /guide/.
    expect(citedIn).toMatch(/^guide\//);
    expect(page(GUIDE_URL)).toContain(`href="${sourceData.url}"`);
    expect(page(GUIDE_URL)).toContain(sourceData.publisher);
    expect(page(GUIDE_URL)).toContain(sourceData.title);
  });

  it("set updated in the page's structured data and the sitemap", () => {
    expect(page(designUrl(updatedDesign))).toContain(`"dateModified":"${updatedDay}`);
    const sitemap = page('/sitemap-0.xml');
    const entry = new RegExp(`<loc>[^<]*${designUrl(updatedDesign)}</loc><lastmod>${updatedDay}`);
    expect(sitemap).toMatch(entry);
  });
});
