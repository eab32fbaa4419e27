/**
 * Readers of what the site is served with, used only by the tests and the benchmark:
 * `_headers` as Netlify and Cloudflare Pages read it, a page's CSP <meta>, and the
 * policies in a header. The site itself only writes headers (src/lib/http/headers.ts).
 */
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
