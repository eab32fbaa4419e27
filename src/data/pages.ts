/**
 * Every indexable page of the site with the metadata that describes it: title,
 * description, dates, design. Pages read their own <head> facts from here, and so do
 * the social images, the sitemap's dates and llms.txt, so a page is described the same
 * way everywhere. Adding a route means adding it here; a test fails if a built page is
 * missing.
 */
import { designPairs } from '../lib/reader/ratings';
import {
  COMPARE_URL,
  compareUrl,
  designUrl,
  EMBED_URL,
  FAQ_URL,
  GLOSSARY_URL,
  GUIDE_URL,
  HOME_URL,
  PICKER_URL,
  scenarioUrl,
  SITUATIONS_URL,
  MODELS_URL,
  modelFilterUrl,
} from '../lib/routes/urls';
import { MODEL_FILTERS } from '../lib/models/filters';
import type { PageMeta } from '../lib/head/pageData';
import { EMBED_PAGE, GUIDE, HOME } from '../site';
import { getDesigns, getFaq, getGlossary, getGuideSections, getScenarios } from './content';

export type { PageMeta };

const latest = (dates: (Date | undefined)[]) =>
  dates.filter((d): d is Date => d instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0];
const earliest = (dates: (Date | undefined)[]) =>
  dates.filter((d): d is Date => d instanceof Date).sort((a, b) => a.getTime() - b.getTime())[0];

let pages: Promise<PageMeta[]> | undefined;

async function collect(): Promise<PageMeta[]> {
  const [designs, guide, scenarios, faq, glossary] = await Promise.all([
    getDesigns(),
    getGuideSections(),
    getScenarios(),
    getFaq(),
    getGlossary(),
  ]);
  const designDates = designs.flatMap((d) => [d.data.published, d.data.updated]);
  const guideDates = guide.flatMap((s) => [s.data.published, s.data.updated]);
  return [
    {
      path: HOME_URL,
      title: HOME.title,
      description: HOME.description,
      kind: 'home',
      published: earliest(guideDates),
      modified: latest(guideDates),
    },
    {
      path: GUIDE_URL,
      title: GUIDE.title,
      description: GUIDE.description,
      kind: 'guide',
      published: earliest(guideDates),
      modified: latest(guideDates),
    },
    ...designs.map((design): PageMeta => ({
      path: designUrl(design.id),
      title: `${design.data.name} headphones: pros, cons and who they suit`,
      description: design.data.description,
      kind: 'design',
      design: design.data.design,
      published: design.data.published,
      modified: design.data.updated ?? design.data.published,
    })),
    {
      path: COMPARE_URL,
      title: 'Open vs closed vs semi-open headphones: compared',
      description:
        'Open-back, closed-back and semi-open headphones side by side: ratings, how each cup handles sound and noise, and which to pick in each situation.',
      kind: 'compare',
      published: earliest(designDates),
      modified: latest(designDates),
    },
    ...designPairs(designs).map(([a, b]): PageMeta => ({
      path: compareUrl(a.id, b.id),
      title: `${a.data.name} vs ${b.data.name.toLowerCase()} headphones compared`,
      description: `${a.data.name} or ${b.data.name.toLowerCase()} headphones? Their ratings and pros and cons side by side, and when to choose each.`,
      kind: 'pair',
      published: earliest([a.data.published, b.data.published]),
      modified: latest([a.data.updated, b.data.updated, a.data.published, b.data.published]),
    })),
    {
      path: PICKER_URL,
      title: 'Headphone picker: open, closed or semi-open for you?',
      description:
        'Answer a few questions about where and how you listen, and get open-back, closed-back or semi-open ranked for you, with the reasons and example models.',
      kind: 'picker',
      published: earliest(designDates),
      modified: latest(designDates),
    },
    {
      path: EMBED_URL,
      title: 'Embed the headphone picker on your site',
      description:
        'Put the open, closed or semi-open headphone picker on your own page with one line: it sizes itself, sets no cookies and tracks no one.',
      kind: 'embed',
      modified: EMBED_PAGE.updated,
    },
    {
      path: FAQ_URL,
      title: 'Open vs closed-back headphones: questions answered',
      description:
        'Short, direct answers to what people ask before choosing open-back, closed-back or semi-open headphones, from office use to mixing, gaming and bass.',
      kind: 'faq',
      modified: latest(faq.map((q) => q.data.updated)),
    },
    {
      path: GLOSSARY_URL,
      title: 'Headphone glossary: soundstage, leakage, impedance and more',
      description:
        'Plain definitions of the headphone terms this guide uses: soundstage, isolation, leakage, impedance, planar magnetic drivers, ear fatigue and more.',
      kind: 'glossary',
      modified: latest(glossary.map((t) => t.data.updated)),
    },
    {
      path: SITUATIONS_URL,
      title: 'Open or closed headphones for every situation',
      description:
        'Office, commute, gym, studio, gaming, long sessions and more: the headphone design to choose in each situation, worked out by the picker.',
      kind: 'situations',
      published: earliest(scenarios.map((s) => s.data.published)),
      modified: latest(scenarios.flatMap((s) => [s.data.updated, s.data.published])),
    },
    {
      path: MODELS_URL,
      title: 'Headphone models: every fact with its source',
      description:
        'Every headphone, earbud and headset the guide names, with design, kind, connection, microphone, ratings and impedance, each fact linked to its source.',
      kind: 'models',
    },
    ...MODEL_FILTERS.map((filter): PageMeta => ({
      path: modelFilterUrl(filter.id),
      title: `Headphone models by ${filter.group === 'Has' ? 'feature' : filter.group.toLowerCase()}: ${filter.label.toLowerCase()}`,
      description:
        `The models in the guide that are ${filter.group === 'Has' ? 'listed with' : ''} ${filter.label.toLowerCase()}, each fact with the source that states it, in one table.`.replace(
          '  ',
          ' ',
        ),
      kind: 'modelFilter',
    })),
    ...scenarios.map((scenario): PageMeta => ({
      path: scenarioUrl(scenario.id),
      title: scenario.data.title,
      description: scenario.data.description,
      kind: 'scenario',
      published: scenario.data.published,
      modified: scenario.data.updated ?? scenario.data.published,
    })),
  ];
}

export function getPages(): Promise<PageMeta[]> {
  pages ??= collect();
  return pages;
}

/** The metadata of one page; throws at build time for a path that is not registered. */
export async function getPage(path: string): Promise<PageMeta> {
  const page = (await getPages()).find((p) => p.path === path);
  if (!page)
    throw new Error(`${path} is not in src/data/pages.ts: add it there so its metadata has one home`);
  return page;
}

/** The file name of a page's social image: `/og/designs-open.png`, `/og/home.png`. */
export function socialImagePath(path: string): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
  return `/og/${slug}.png`;
}
