/**
 * llms.txt (llmstxt.org): what the site is and where each answer lives, in Markdown an
 * AI agent can read in one request. Generated from the same page list as everything else.
 */
import type { APIRoute } from 'astro';
import { getDesigns, getFaq, getScenarios } from '../data/content';
import { getPages, type PageMeta } from '../data/pages';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const [pages, designs, faq, scenarios] = await Promise.all([
    getPages(),
    getDesigns(),
    getFaq(),
    getScenarios(),
  ]);
  const link = (page: PageMeta) => `- [${page.title}](${new URL(page.path, site).href}): ${page.description}`;
  const section = (title: string, kinds: PageMeta['kind'][]) => [
    `## ${title}`,
    '',
    ...pages.filter((p) => kinds.includes(p.kind)).map(link),
    '',
  ];
  const body = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.tagline} Closed-back headphones seal the cup: they isolate and barely leak, so they suit noise, people nearby, travel and recording. Open-back headphones vent the cup: they sound more spacious and stay cool, but leak and let noise in, so they suit quiet private rooms, mixing and long sessions. Semi-open sits between and behaves closer to open.`,
    '',
    'The designs in one line each:',
    '',
    ...designs.map((d) => `- ${d.data.name}: ${d.data.summary}`),
    '',
    ...section('The guide', ['home', 'guide', 'design']),
    ...section('Comparisons', ['compare', 'pair']),
    ...section('By situation', ['situations', 'scenario']),
    ...section('Tools', ['picker']),
    `The picker is also a WebMCP tool (form toolname "recommend_headphone_design") and takes its answers from the query string, for example ${new URL('/picker/?place=studio&noise=quiet&use=critical', site).href}. Parameters: place (home, studio, office, travel, gym), noise (quiet, some, loud), use (music, critical, recording, dj, gaming), hours (short, medium, long), aware (yes, no), monitors (yes, no), budget (low, mid, high).`,
    '',
    ...section('Reference', ['faq', 'glossary']),
    '## Questions answered',
    '',
    ...faq.map((q) => `- [${q.data.question}](${new URL(`/faq/#${q.id}`, site).href}): ${q.data.answer}`),
    '',
    `Scenario pages: ${scenarios.length}. Every recommendation on them is computed by the picker's own logic.`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
