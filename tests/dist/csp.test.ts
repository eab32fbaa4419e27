/** Every built page declares its own strict Content-Security-Policy in a <meta> tag. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/http/headers';
import { cspFromHtml } from '../support/headersFile';
import { PAGES } from './dist';

describe("every page's <meta> policy", () => {
  it.each(PAGES.map((p) => [p.path, p.file]))('on %s is strict, with no unsafe source', (path, file) => {
    const csp = cspFromHtml(readFileSync(file, 'utf8'));
    expect(csp, path).toBeTruthy();
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const directive of CSP_DIRECTIVES) expect(csp, `${path}: ${directive}`).toContain(directive);
  });
});
