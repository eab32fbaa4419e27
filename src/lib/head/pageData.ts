/**
 * The structured data a page carries, from its metadata: an Article wherever the
 * content has dates, breadcrumbs below the home page, and WebSite on the home page.
 */
import { SITE } from '../../site';
import type { DesignId } from '../../vocabulary';
import type { PageKind } from '../routes/pages';
import { articleLd, breadcrumbLd, websiteLd } from './structuredData';

/** What every indexable page is, as src/data/pages.ts lists it. */
export interface PageMeta {
  /** URL path with a trailing slash: `/designs/open/`. */
  path: string;
  /** The <title>: at most 60 characters. */
  title: string;
  /** Meta description: at most 155 characters. */
  description: string;
  /** What the page is (src/lib/routes/pages.ts), for structured data and llms.txt. */
  kind: PageKind;
  /** The design the page is about, if any: it tints the social image. */
  design?: DesignId | undefined;
  /**
   * Dates from the content the page shows; left out where the content has none. A page
   * with `published` is an Article; `modified` alone still gives a visible "Updated"
   * date and the sitemap's lastmod.
   */
  published?: Date | undefined;
  modified?: Date | undefined;
}

/**
 * Open Graph's type: an article where the page is one (it has a publication date), and
 * a website for the home page and for pages that are tools or lists.
 */
export function openGraphType(meta: Pick<PageMeta, 'kind' | 'published'>): 'article' | 'website' {
  return meta.kind !== 'home' && meta.published ? 'article' : 'website';
}

/** A date as the page shows it, "26 November 2026", and as machines read it, "2026-11-26". */
export function shownDate(date: Date): { text: string; iso: string } {
  return {
    text: date.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    iso: date.toISOString().slice(0, 10),
  };
}

export function structuredDataFor(
  meta: PageMeta,
  site: URL | undefined,
  options: { headline: string; image: string; crumbs: { label: string; path: string }[] },
): object[] {
  if (!site)
    throw new Error('Set `site` in astro.config.mjs (from SITE_URL): structured data needs absolute URLs');
  const url = new URL(meta.path, site).href;
  const data: object[] = [];
  if (meta.kind === 'home') {
    data.push(websiteLd({ url: new URL('/', site).href, name: SITE.name, description: meta.description }));
  }
  if (meta.published) {
    data.push(
      articleLd({
        url,
        headline: options.headline,
        description: meta.description,
        image: new URL(options.image, site).href,
        published: meta.published,
        modified: meta.modified ?? meta.published,
        publisher: SITE.publisher,
        publisherUrl: new URL('/', site).href,
        logo: new URL('/apple-touch-icon.png', site).href,
      }),
    );
  }
  if (options.crumbs.length > 1) {
    data.push(breadcrumbLd(options.crumbs.map((c) => ({ label: c.label, url: new URL(c.path, site).href }))));
  }
  return data;
}
