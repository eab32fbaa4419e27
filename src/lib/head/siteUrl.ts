/**
 * Reading SITE_URL, the public address the site is built for: canonical URLs, the
 * sitemap, social images and llms.txt are made from it. Pure, so the rules are tested
 * without a build; astro.config.mjs applies them.
 */

/** Used when SITE_URL is not set: a reserved-looking domain nobody serves. */
export const PLACEHOLDER_SITE = 'https://open-or-closed.example';

export interface SiteUrl {
  /** The origin to give Astro as `site`, without a trailing slash. */
  site: string;
  /** Set when the build should tell the person running it something. */
  warning?: string;
}

const EXAMPLE = 'https://headphones.example.org';

/**
 * The site address from the SITE_URL value. Throws, with what is expected, for a value
 * that is not an absolute http(s) address, or that has a path, query or fragment: the
 * site is built to be served from the root of its domain, and a base path would have to
 * reach every link, asset, sitemap entry and social image.
 */
export function resolveSiteUrl(value: string | undefined): SiteUrl {
  const raw = value?.trim() ?? '';
  if (raw === '') {
    return {
      site: PLACEHOLDER_SITE,
      warning:
        `SITE_URL is not set, so canonical URLs, the sitemap, social images and llms.txt point to the placeholder ${PLACEHOLDER_SITE}. ` +
        `Set it to the public address before building for production, e.g. SITE_URL=${EXAMPLE} npm run build`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL is "${raw}", which is not an address. Expected an absolute http(s) address such as ${EXAMPLE}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL is "${raw}". Expected an absolute http(s) address such as ${EXAMPLE}`);
  }
  if (url.username || url.password) {
    throw new Error(
      `SITE_URL is "${raw}". It must not carry a user name or password; expected something like ${EXAMPLE}`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is "${raw}", which has a path, query or fragment. The site must be served from the root of its domain: ` +
        `set SITE_URL to the origin only (such as ${url.origin}), or serve the site from its own (sub)domain.`,
    );
  }
  return { site: url.origin };
}
