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

/** Path patterns other sites may put in an <iframe>; every other response refuses to be framed. */
export const FRAMABLE = '/embed/*';

/** The rules, in the order written: broad first, so a later, narrower rule wins on Netlify. */
export const HEADER_RULES: readonly { pattern: string; headers: Record<string, string> }[] = [
  { pattern: '/*', headers: COMMON_HEADERS },
  {
    pattern: FRAMABLE,
    headers: { 'Content-Security-Policy': ['frame-ancestors *', ...HEADER_CSP_DIRECTIVES].join('; ') },
  },
  { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/embed.js', headers: { 'Cache-Control': EMBED_SCRIPT_CACHE } },
];

/** The `_headers` file: the same few rules however many pages the site has. */
export function buildHeadersFile(rules = HEADER_RULES): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** The policy in a page's CSP <meta> tag, or undefined if it has none. */
export function cspFromHtml(html: string): string | undefined {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------------------
// Reading a `_headers` file back the way the hosts do, for tests.

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parse `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1} is not "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * Does a rule's pattern match a URL path? Both hosts treat `*` as "anything, slashes
 * included" and `:name` as one path segment.
 */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${regex}$`).test(path);
}

export type Host = 'netlify' | 'cloudflare';

/**
 * The headers a host sends for a path. Cloudflare Pages applies every matching rule and
 * joins the values of a header set by several with ", "; Netlify applies every matching
 * rule too, but for a header set by several, the later rule's value wins.
 */
export function headersFor(rules: readonly HeaderRule[], path: string, host: Host): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = result.get(key);
      result.set(key, host === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value);
    }
  }
  return result;
}

/** The policies in a Content-Security-Policy header value (a comma separates policies). */
export function policiesIn(header: string | undefined): Map<string, string>[] {
  if (!header) return [];
  return header.split(',').map(
    (policy) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const [name = '', ...values] = d.split(/\s+/);
            return [name.toLowerCase(), values.join(' ')] as [string, string];
          }),
      ),
  );
}

/**
 * Whether a browser would let another site frame a response with these headers: every
 * policy's frame-ancestors must allow any ancestor, and X-Frame-Options counts only when
 * no policy has frame-ancestors (the rule browsers follow).
 */
export function framableByAnyone(headers: Map<string, string>): boolean {
  const policies = policiesIn(headers.get('content-security-policy'));
  const ancestors = policies.map((p) => p.get('frame-ancestors')).filter((v) => v !== undefined);
  if (ancestors.length > 0) return ancestors.every((v) => v.split(/\s+/).includes('*'));
  return !headers.has('x-frame-options');
}
