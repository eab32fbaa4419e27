/**
 * The `_headers` file static hosts such as Netlify and Cloudflare Pages read. Each page
 * gets its own Content-Security-Policy header, built from the policy Astro put in that
 * page's <meta> tag (which carries the hashes of that page's scripts and styles) plus
 * frame-ancestors, which only a header can carry.
 */

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Hashed build assets never change under the same name, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths other sites may put in an <iframe>; every other page refuses to be framed. */
export const FRAMABLE = ['/embed/picker/'];

/** The policy in a page's CSP <meta> tag, or undefined if it has none. */
export function cspFromHtml(html: string): string | undefined {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function buildHeadersFile(pages: readonly { path: string; csp: string | undefined }[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [block('/*', COMMON_HEADERS), block('/_astro/*', { 'Cache-Control': IMMUTABLE })];
  for (const { path, csp } of pages) {
    if (!csp) continue;
    const ancestors = FRAMABLE.includes(path) ? 'frame-ancestors *' : "frame-ancestors 'none'";
    const policy = `${csp.trim().replace(/;\s*$/, '')}; ${ancestors}`;
    blocks.push(block(path, { 'Content-Security-Policy': policy }));
  }
  return `${blocks.join('\n\n')}\n`;
}
