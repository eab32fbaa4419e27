/**
 * One way to run axe in the browser tests, so every check of the site and the fixtures
 * that prove the checks can fail run it the same way.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_TAGS } from '../helpers';

/**
 * Axe's violations on the page, one line each (rule, help, where), for an assertion whose
 * failure says what to fix. `rules` runs only those rules; otherwise every WCAG 2.2 AA rule
 * and axe's best practices.
 *
 * Only violations are collected: axe still runs every check, but it no longer builds a
 * selector for each of the thousands of elements that pass, which is most of its time on
 * a long page.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // withRules and withTags each replace the other's selection, so use one or the other.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules([...rules]) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}
