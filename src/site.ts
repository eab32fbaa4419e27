/**
 * Site-wide constants. The public URL comes from the environment (SITE_URL) through
 * astro.config.mjs, never from here, so a deploy to another domain needs no code change.
 */
export const SITE = {
  name: 'Open or Closed',
  tagline: 'The headphone guide for one decision: open-back, closed-back or semi-open.',
  /** Shown as author and publisher in structured data. */
  publisher: 'Open or Closed',
  lang: 'en',
} as const;

/** The main navigation, in the order a first-time reader needs it. */
export const NAV = [
  { href: '/', label: 'Guide' },
  { href: '/designs/closed/', label: 'Closed' },
  { href: '/designs/semi-open/', label: 'Semi-open' },
  { href: '/designs/open/', label: 'Open' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/glossary/', label: 'Glossary' },
] as const;

/** The home page's own title and description (the article's sections are in content/guide/). */
export const HOME = {
  title: 'Open-back vs closed-back headphones: which to choose',
  heading: 'Open-back, closed-back or semi-open headphones?',
  description:
    'Closed-back for noise, travel and recording; open-back for quiet rooms, mixing and long sessions. Pros, cons, comparisons and a picker.',
} as const;
