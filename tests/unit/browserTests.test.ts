import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptStateUses } from '../../scripts/lib/reusedContext';

const ROOT = resolve(import.meta.dirname, '..', '..');
const E2E = join(ROOT, 'e2e');

/** The browser tests that share a reused context: every spec and helper under e2e/ but the
 * WordPress run (its own config, a context per test) and the fixtures that undo their own. */
const shared = readdirSync(E2E, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !relative(E2E, file).startsWith('hosts') && relative(E2E, file) !== 'fixtures.ts');

describe('state a reused browser context keeps', () => {
  it('is found in a test that changes it, with the line and the reason', () => {
    const source = [
      "await page.goto('/');",
      "await context.grantPermissions(['clipboard-read']);",
      "await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });",
      'await context.setOffline(true);',
    ].join('\n');
    expect(keptStateUses(source)).toEqual([
      { line: 2, why: 'granted permissions are not reset' },
      {
        line: 3,
        why: 'DevTools emulation is not reset (use the scriptsOff fixture from e2e/fixtures.ts)',
      },
      { line: 4, why: 'offline mode is not reset' },
    ]);
  });

  it('is changed by no browser test, so no test passes or fails with the one before it', () => {
    expect(shared.length).toBeGreaterThan(0);
    const uses = shared.flatMap((file) =>
      keptStateUses(readFileSync(file, 'utf8')).map(
        ({ line, why }) => `${relative(ROOT, file)}:${line}: ${why}`,
      ),
    );
    expect(uses).toEqual([]);
  });
});
