/**
 * What the sitemap says about a built page, read from the page itself: it is listed
 * only if it does not ask to stay out of indexes, and its lastmod is the dateModified
 * its structured data declares, which comes from content frontmatter. Reading the HTML
 * keeps one source of truth instead of a second list of dates.
 */
export interface SitemapFacts {
  indexable: boolean;
  lastmod: string | undefined;
}

export function sitemapFacts(html: string): SitemapFacts {
  const noindex = /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
  // dateModified from an Article, or the visible "Updated" date of a page with no Article.
  const modified = [
    ...html.matchAll(/"dateModified":"(\d{4}-\d{2}-\d{2})"/g),
    ...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})" data-modified/g),
  ]
    .flatMap((m) => (m[1] ? [m[1]] : []))
    .sort();
  return { indexable: !noindex, lastmod: modified.at(-1) };
}
