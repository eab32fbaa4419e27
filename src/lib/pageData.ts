/**
 * The structured data a page carries, from its metadata: an Article wherever the
 * content has dates, breadcrumbs below the home page, and WebSite on the home page.
 */
import type { PageMeta } from '../data/pages';
import { SITE } from '../site';
import { articleLd, breadcrumbLd, websiteLd } from './structuredData';

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
        logo: new URL('/apple-touch-icon.png', site).href,
      }),
    );
  }
  if (options.crumbs.length > 1) {
    data.push(breadcrumbLd(options.crumbs.map((c) => ({ label: c.label, url: new URL(c.path, site).href }))));
  }
  return data;
}
