/**
 * llms.txt (llmstxt.org): what the site is and where each answer lives, in Markdown an
 * AI agent can read in one request. Generated from the same page list as everything else.
 */
import { kindsIn, LLMS_SECTIONS, type LlmsSection } from '../lib/routes/pages';
import { faqUrl } from '../lib/routes/urls';
import type { APIRoute } from 'astro';
import { getDesigns, getFaq, getScenarios } from '../data/content';
import { getPages, type PageMeta } from '../data/pages';
import { getRulesText } from '../data/picker';
import { SITE } from '../site';
import { answerValues, QUESTION_KEYS, verdictsInWords } from '../vocabulary';

export const GET: APIRoute = async ({ site }) => {
  const [pages, designs, faq, scenarios, rules] = await Promise.all([
    getPages(),
    getDesigns(),
    getFaq(),
    getScenarios(),
    getRulesText(),
  ]);
  const link = (page: PageMeta) => `- [${page.title}](${new URL(page.path, site).href}): ${page.description}`;
  // One section per llms.txt section of the page registry, listing its kinds' pages.
  const section = (title: LlmsSection) => [
    `## ${title}`,
    '',
    ...pages.filter((p) => kindsIn(title).includes(p.kind)).map(link),
    '',
  ];
  const body = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.tagline} Closed-back headphones seal the cup: they isolate and barely leak, so they suit noise, people nearby, travel and recording. Open-back headphones vent the cup: they sound more spacious and stay cool, but leak and let noise in, so they suit quiet private rooms, mixing and long sessions. Semi-open sits between; how much it leaks and isolates varies by model.`,
    '',
    'The designs in one line each:',
    '',
    ...designs.map((d) => `- ${d.data.name}: ${d.data.summary}`),
    '',
    // Everything that is not a link sits here, above the first section: the proposal
    // allows only link items inside an H2 section, and its parser drops any other line.
    'How the picker decides:',
    '',
    // Generated from the rule table, as on /picker/, so neither can drift from the picker.
    '"avoid" only where a rule applies, and the reason given is the rule:',
    '',
    ...rules.avoid.map((line) => `- ${line}`),
    '',
    'Otherwise a design is "best" or "fine"; the designs the answers lean towards most are "best":',
    '',
    ...rules.lean.map((line) => `- ${line}`),
    '',
    ...(rules.neutral ? [rules.neutral, ''] : []),
    rules.ties,
    '',
    `In a browser with WebMCP, the picker form is the tool "recommend_headphone_design". Every parameter is optional and each call starts from no answers: ${QUESTION_KEYS.map((q) => `${q} (${answerValues(q).join(', ')})`).join(', ')}. It returns each design's verdict, the margin, a summary, the reasons, example models and a link. Links with these parameters need JavaScript: without it the page shows no result, not even for the answers in its address.`,
    '',
    `Situation pages: ${scenarios.length}. Each states, in its HTML, the picker's verdict for every design (${verdictsInWords()}) with the reasons; read those rather than the picker page, whose result needs JavaScript. Every verdict on them is computed by the picker's own logic, and the build fails if one differs from what the page's text says.`,
    '',
    ...LLMS_SECTIONS.flatMap(section),
    '## Questions answered',
    '',
    ...faq.map((q) => `- [${q.data.question}](${new URL(faqUrl(q.id), site).href}): ${q.data.answer}`),
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
