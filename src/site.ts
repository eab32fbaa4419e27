/**
 * Site-wide constants. The public URL comes from the environment (SITE_URL) through
 * astro.config.mjs, never from here, so a deploy to another domain needs no code change.
 */
import {
  COMPARE_URL,
  FAQ_URL,
  GLOSSARY_URL,
  GUIDE_URL,
  MODELS_URL,
  PICKER_URL,
  SITUATIONS_URL,
  designUrl,
} from './lib/routes/urls';
export const SITE = {
  name: 'Open or Closed',
  tagline: 'The headphone guide for one decision: open-back, closed-back or semi-open.',
  /** Shown as author and publisher in structured data. */
  publisher: 'Open or Closed',
  lang: 'en',
} as const;

/** The designs, closed to open, as the header and footer link them. */
export const DESIGN_NAV = [
  { href: designUrl('closed'), label: 'Closed' },
  { href: designUrl('semi-open'), label: 'Semi-open' },
  { href: designUrl('open'), label: 'Open' },
] as const;

/**
 * The header: what a reader arriving from a search needs next. The picker is the
 * primary action and is drawn as a button; the designs sit between Compare and the rest.
 */
export const NAV = {
  compare: { href: COMPARE_URL, label: 'Compare' },
  after: [
    { href: SITUATIONS_URL, label: 'Situations' },
    { href: FAQ_URL, label: 'FAQ' },
  ],
  picker: { href: PICKER_URL, label: 'Picker' },
} as const;

/** The footer: every destination, including the ones the header leaves out. */
export const FOOTER_NAV = [
  { href: GUIDE_URL, label: 'Full guide' },
  NAV.compare,
  ...DESIGN_NAV,
  ...NAV.after,
  NAV.picker,
  { href: GLOSSARY_URL, label: 'Glossary' },
  { href: MODELS_URL, label: 'Models' },
] as const;

/** The home page's own title and description: the answer at a glance, then the way in. */
export const HOME = {
  title: 'Open-back vs closed-back headphones: which to choose',
  heading: 'Open-back, closed-back or semi-open headphones?',
  description:
    'Closed-back for noise, travel and recording; open-back for quiet rooms, mixing and long sessions. Pros, cons, comparisons and a picker.',
} as const;

/** The full article at /guide/: every section of content/guide/ on one page. */
export const GUIDE = {
  title: 'Open-back vs closed-back headphones: the full guide',
  heading: 'Open-back, closed-back or semi-open: the full guide',
  crumb: 'Full guide',
  description:
    'The whole guide on one page: how the designs differ, their pros and cons, ratings, every situation, example models and the studio, with sources.',
} as const;

/**
 * The embed page is written in code, not in content/, so its date lives here: change it
 * when the page's text or the embed's options change. It is the page's visible "Updated"
 * date and its sitemap lastmod.
 */
export const EMBED_PAGE = {
  updated: new Date('2026-11-26'),
} as const;
