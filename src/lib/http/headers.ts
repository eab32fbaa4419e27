/**
 * The HTTP headers the site is served with, written once for every host: the `_headers`
 * file Netlify and Cloudflare Pages read, and (by hand, checked by a test) the nginx
 * config in deploy/nginx/. A fixed set of rules by path pattern, never one per page:
 * Cloudflare reads at most 100 rules and silently drops the rest.
 *
 * The Content-Security-Policy comes in two parts, and a browser enforces both (the
 * effective policy is their intersection):
 * - each page's <meta> policy, which Astro writes with the hashes of that page's own
 *   scripts and styles, so it differs from page to page;
 * - the header policy below, which holds only what is the same on every page, plus
 *   frame-ancestors, which a <meta> policy cannot carry.
 */

/**
 * The policy every page declares in its <meta> tag (astro.config.mjs passes these to
 * Astro, which adds script-src and style-src with the page's hashes).
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** The directives repeated in the header: identical on every page, and hash-free. */
export const HEADER_CSP_DIRECTIVES = CSP_DIRECTIVES.filter((d) =>
  /^(?:base-uri|form-action|object-src) /.test(d),
);

/** Headers every response gets, 404s included. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  /**
   * Refuses framing for every path, unknown ones (404s) included. It is not a CSP
   * frame-ancestors 'none' because both hosts let a broader rule's header reach the
   * embed too (Cloudflare joins the values of every matching rule), and a second
   * policy with 'none' would block the embed. Browsers ignore X-Frame-Options on a
   * response whose policy has frame-ancestors, which is how the embed opts out.
   */
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': HEADER_CSP_DIRECTIVES.join('; '),
};

/** Hashed build assets never change under the same name, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The embed script is loaded by other sites under a name that never changes, so it must
 * not be cached for a year: a fix reaches host pages within the hour.
 */
export const EMBED_SCRIPT_CACHE = 'public, max-age=3600';

/**
 * Where the build's hashed assets live. A frame that WordPress sandboxes without
 * allow-same-origin has an opaque origin, so the module scripts the framed picker loads
 * from here are cross-origin requests to it, refused without Access-Control-Allow-Origin.
 * Everything under it is public, immutable and fetched without credentials, so any origin
 * may read it; pages, /embed.js and the JSON files get no such header.
 */
export const ASSETS = '/_astro/*';
export const CORS_ANY = { 'Access-Control-Allow-Origin': '*' } as const;

/** Path patterns other sites may put in an <iframe>; every other response refuses to be framed. */
export const FRAMABLE = '/embed/*';

/** The rules, in the order written: broad first, so a later, narrower rule wins on Netlify. */
export const HEADER_RULES: readonly { pattern: string; headers: Record<string, string> }[] = [
  { pattern: '/*', headers: COMMON_HEADERS },
  {
    pattern: FRAMABLE,
    headers: { 'Content-Security-Policy': ['frame-ancestors *', ...HEADER_CSP_DIRECTIVES].join('; ') },
  },
  { pattern: ASSETS, headers: { 'Cache-Control': IMMUTABLE, ...CORS_ANY } },
  { pattern: '/embed.js', headers: { 'Cache-Control': EMBED_SCRIPT_CACHE } },
];

/** The `_headers` file: the same few rules however many pages the site has. */
export function buildHeadersFile(rules = HEADER_RULES): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
