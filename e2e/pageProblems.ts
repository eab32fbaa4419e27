/**
 * Watches a page while it loads and reports what a reader should never meet: console
 * errors, uncaught exceptions, failed requests, requests that leave the site,
 * Content-Security-Policy violations (something the page needs that its policy blocks,
 * or an injection it refused), and layout shift. Used for every built page and for the fixtures that prove it can fail.
 */
import type { Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  cspViolations: string[];
  layoutShift: number;
}

export async function watchPage(page: Page, origin: string) {
  const problems: Omit<PageProblems, 'layoutShift' | 'cspViolations'> = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    if (!problems.externalRequests.includes(request.url())) {
      problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  // Anything not served by the site itself is refused and recorded: the site must
  // never depend on, or leak a reader's visit to, another host.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number; __cspViolations: string[] };
    w.__layoutShift = 0;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  return async (): Promise<PageProblems> => {
    const { layoutShift, cspViolations } = await page.evaluate(() => {
      const w = window as unknown as { __layoutShift: number; __cspViolations: string[] };
      return { layoutShift: w.__layoutShift, cspViolations: w.__cspViolations };
    });
    return { ...problems, cspViolations, layoutShift };
  };
}
