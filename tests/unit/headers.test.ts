import { describe, expect, it } from 'vitest';
import { buildHeadersFile, cspFromHtml } from '../../src/lib/headers';

describe('cspFromHtml', () => {
  it('reads the policy from the meta tag, unescaping quotes', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;">`;
    expect(cspFromHtml(html)).toBe("default-src 'none'; script-src 'self'");
  });

  it('returns nothing for a page without a policy', () => {
    expect(cspFromHtml('<title>x</title>')).toBeUndefined();
  });
});

describe('buildHeadersFile', () => {
  const file = buildHeadersFile([
    { path: '/', csp: "default-src 'none'; script-src 'self';" },
    { path: '/embed/picker/', csp: "default-src 'none'" },
    { path: '/no-policy/', csp: undefined },
  ]);

  it('gives every response the common security headers', () => {
    expect(file).toMatch(/^\/\*\n {2}Strict-Transport-Security: .+\n {2}X-Content-Type-Options: nosniff/);
  });

  it('caches hashed assets for a year', () => {
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('forbids framing every page except the embed', () => {
    expect(file).toContain(
      "/\n  Content-Security-Policy: default-src 'none'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(file).toContain(
      "/embed/picker/\n  Content-Security-Policy: default-src 'none'; frame-ancestors *",
    );
  });

  it('adds no policy for a page that declares none', () => {
    expect(file).not.toContain('/no-policy/');
  });
});
