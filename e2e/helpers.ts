/** Shared pieces of the browser tests: the built pages and the viewports they run at. */
import { resolve } from 'node:path';
import { listPages } from '../scripts/lib/dist.ts';

export const DIST = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');

/** Every page of the production build, read from dist/ so new pages are checked too. */
export const PAGES = listPages(DIST);

export const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

export const SCHEMES = ['light', 'dark'] as const;

/** The rule sets the axe sweep runs: WCAG 2.2 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules whose outcome depends on colours alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Rules whose outcome depends on layout: sizes, overflow, what is shown or hidden. */
export const LAYOUT_RULES = [
  ...COLOUR_RULES,
  'target-size',
  'scrollable-region-focusable',
  'aria-hidden-focus',
  'region',
];
