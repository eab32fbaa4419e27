/**
 * Every kind of page the site has, declared once: its route, whether it is indexed (the
 * sitemap, structured data), and the llms.txt section that lists it. urls.ts builds
 * every address from these routes; src/data/pages.ts gives each page its kind; llms.txt
 * groups pages by section; a test refuses a site path written by hand anywhere else.
 * Adding a page type: one entry here, its route in src/pages/, and its pages in
 * src/data/pages.ts (the type checker asks for the kind's entry).
 */

/** The sections of llms.txt, in the order they appear. */
export const LLMS_SECTIONS = [
  'The guide',
  'Comparisons',
  'By situation',
  'Models',
  'Tools',
  'Reference',
] as const;
export type LlmsSection = (typeof LLMS_SECTIONS)[number];

export interface PageType {
  /** The route, with `[param]` for its variable part: `/designs/[design]/`. Ends in a slash. */
  route: string;
  /** The llms.txt section that lists pages of this kind; left out for pages it does not list. */
  llms?: LlmsSection;
  /** Indexed: in the sitemap, with structured data. False for frames and tools for hosts. */
  indexed: boolean;
}

/**
 * The routes, one constant each, so a bundle that needs one address (the picker island,
 * /embed.js) carries that string alone rather than the whole registry below.
 */
export const HOME_ROUTE = '/';
export const GUIDE_ROUTE = '/guide/';
export const DESIGN_ROUTE = '/designs/[design]/';
export const COMPARE_ROUTE = '/compare/';
export const PAIR_ROUTE = '/compare/[pair]/';
export const SITUATIONS_ROUTE = '/for/';
export const SCENARIO_ROUTE = '/for/[scenario]/';
export const PICKER_ROUTE = '/picker/';
export const EMBED_ROUTE = '/embed/';
export const FAQ_ROUTE = '/faq/';
export const GLOSSARY_ROUTE = '/glossary/';
export const EMBED_PICKER_ROUTE = '/embed/picker/';
export const MODELS_ROUTE = '/models/';
export const MODEL_FILTER_ROUTE = '/models/[filter]/';

export const PAGE_TYPES = {
  home: { route: HOME_ROUTE, llms: 'The guide', indexed: true },
  guide: { route: GUIDE_ROUTE, llms: 'The guide', indexed: true },
  design: { route: DESIGN_ROUTE, llms: 'The guide', indexed: true },
  compare: { route: COMPARE_ROUTE, llms: 'Comparisons', indexed: true },
  pair: { route: PAIR_ROUTE, llms: 'Comparisons', indexed: true },
  situations: { route: SITUATIONS_ROUTE, llms: 'By situation', indexed: true },
  scenario: { route: SCENARIO_ROUTE, llms: 'By situation', indexed: true },
  picker: { route: PICKER_ROUTE, llms: 'Tools', indexed: true },
  embed: { route: EMBED_ROUTE, llms: 'Tools', indexed: true },
  faq: { route: FAQ_ROUTE, llms: 'Reference', indexed: true },
  glossary: { route: GLOSSARY_ROUTE, llms: 'Reference', indexed: true },
  /** The catalogue of every model, and the same table filtered to one design, kind or fact. */
  models: { route: MODELS_ROUTE, llms: 'Models', indexed: true },
  modelFilter: { route: MODEL_FILTER_ROUTE, llms: 'Models', indexed: true },
  /** The picker inside another site's frame. */
  embedPicker: { route: EMBED_PICKER_ROUTE, indexed: false },
} as const satisfies Record<string, PageType>;

export type PageKind = keyof typeof PAGE_TYPES;

/** A route with its parameter filled in: `fillRoute('/designs/[design]/', 'open')` is `/designs/open/`. */
export function fillRoute(route: string, value = ''): string {
  // Kept this small on purpose: the picker island and /embed.js carry it.
  return route.replace(/\[[a-z]+\]/, value);
}

/** The kinds an llms.txt section lists, in registry order. */
export function kindsIn(section: LlmsSection): PageKind[] {
  return (Object.keys(PAGE_TYPES) as PageKind[]).filter(
    (kind) => (PAGE_TYPES[kind] as PageType).llms === section,
  );
}
