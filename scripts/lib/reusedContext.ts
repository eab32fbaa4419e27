/**
 * The browser tests share one browser context per worker, which Playwright resets between
 * tests (playwright.config.ts, `reuseContext`). The reset does not undo everything: granted
 * permissions, geolocation, offline mode, extra HTTP headers and DevTools emulation set by a
 * test would reach the tests after it, which then pass or fail with the order the workers
 * happen to run them in. This finds those calls in a browser test's source, so a unit test
 * can refuse them; `e2e/fixtures.ts` is the one place allowed DevTools emulation (its
 * `scriptsOff` fixture undoes what it sets).
 */

/** What a reused context keeps, as it shows in a test's source, and why it is refused. */
export const KEPT_STATE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\.grantPermissions\s*\(/, why: 'granted permissions are not reset' },
  { pattern: /\.setGeolocation\s*\(/, why: 'a geolocation is not reset' },
  { pattern: /\.setOffline\s*\(/, why: 'offline mode is not reset' },
  { pattern: /\.setExtraHTTPHeaders\s*\(/, why: 'extra HTTP headers are not reset' },
  {
    pattern: /['"`]Emulation\.\w+['"`]/,
    why: 'DevTools emulation is not reset (use the scriptsOff fixture from e2e/fixtures.ts)',
  },
];

export interface KeptStateUse {
  line: number;
  why: string;
}

/** Each line of `source` that changes state a reused context keeps. */
export function keptStateUses(source: string): KeptStateUse[] {
  const found: KeptStateUse[] = [];
  source.split('\n').forEach((text, index) => {
    for (const { pattern, why } of KEPT_STATE) if (pattern.test(text)) found.push({ line: index + 1, why });
  });
  return found;
}
