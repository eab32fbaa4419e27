/**
 * What every browser test gets, from one place (`test.extend`):
 *
 * - `pageWatch` (automatic): records console errors, uncaught exceptions, failed requests,
 *   requests to any host that is not the site's, and Content-Security-Policy violations on
 *   every page a test opens, and fails the test at its end if there were any. A test that
 *   means to provoke them (the fixtures that prove the checks can fail) reads them with
 *   `pageWatch.report()` and sets `expectProblems`. Outside requests are refused, so the
 *   site can never depend on, or leak a visit to, another host.
 * - `slowLoad(path)`: loads a page the way a slow link delivers it, piece by piece
 *   (support/chunkServer.ts), and returns every shift seen on the way with what moved.
 * - `scriptsOff()`: turns scripts off for the test's page from the next navigation on,
 *   as `javaScriptEnabled: false` does, without a context of its own (a new context starts
 *   new renderer processes); the fixture turns them back on when the test ends, since the
 *   page is reused by the next test (playwright.config.ts, `reuseContext`).
 * - `catalog`: the picker's catalogue as the built picker page carries it, and
 *   `recommendFor(answers)`: what the picker's rules make of answers with it, so tests
 *   derive every expected result instead of pinning today's rules or content.
 * - `VIEWPORTS`, `PAGES` and the axe rule sets, re-exported for the specs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CDPSession, expect, test as base, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import type { Catalog } from '../src/lib/picker/catalog';
import { recommend, type Recommendation } from '../src/lib/picker/rules';
import type { Answers } from '../src/vocabulary';
import { DIST } from './helpers';
import { startChunkServer, type ChunkServer } from './support/chunkServer';
import { finishShiftWatch, installShiftWatch, PIECE_SEEN, type ShiftReport } from './support/shiftWatch';

export { AXE_TAGS, COLOUR_RULES, DIST, LAYOUT_RULES, PAGES, SCHEMES, VIEWPORTS } from './helpers';
export { axeViolations } from './support/axe';
export { describeShifts, type ShiftReport } from './support/shiftWatch';
export { expect };

/** The catalogue the built picker page carries (the island reads the same attribute). */
export const catalog = JSON.parse(
  parse(readFileSync(join(DIST, 'picker', 'index.html'), 'utf8'))
    .querySelector('design-picker')!
    .getAttribute('data-catalog')!,
) as Catalog;

export const recommendFor = (answers: Answers): Recommendation => recommend(answers, catalog);

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  cspViolations: string[];
}

export interface PageWatch {
  /** What went wrong so far, on every page of the test's context. */
  report(): Promise<PageProblems>;
  /** Origins besides the site's that may be requested (a host page in the embed tests). */
  allow(origin: string): void;
}

interface TestFixtures {
  /** Set when a test provokes problems on purpose and checks them itself. */
  expectProblems: boolean;
  pageWatch: PageWatch;
  slowLoad: (path: string) => Promise<ShiftReport>;
  scriptsOff: () => Promise<void>;
}

interface WorkerFixtures {
  chunkServer: ChunkServer;
}

const CSP_LOG = '__cspViolations';

export const test = base.extend<TestFixtures, WorkerFixtures>({
  expectProblems: [false, { option: true }],

  chunkServer: [
    async ({}, use, workerInfo) => {
      const upstream = workerInfo.project.use.baseURL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;
      const server = await startChunkServer(upstream);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  pageWatch: [
    async ({ context, baseURL, chunkServer, expectProblems }, use) => {
      const allowed = new Set([new URL(baseURL!).origin, chunkServer.origin]);
      const problems: Omit<PageProblems, 'cspViolations'> = {
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        externalRequests: [],
      };
      const pages: Page[] = [];
      const watch = (page: Page) => {
        pages.push(page);
        page.on('console', (message) => {
          if (message.type() === 'error') problems.consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => problems.pageErrors.push(error.message));
        page.on('requestfailed', (request) => {
          // A request the page itself gave up on (it navigated on before the favicon came,
          // say) is no failure of the site; a missing file answers 404, recorded below.
          if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
          if (!problems.externalRequests.includes(request.url())) {
            problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
          }
        });
        page.on('response', (response) => {
          if (response.status() >= 400)
            problems.failedRequests.push(`${response.url()} (${response.status()})`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || allowed.has(new URL(url).origin)) return route.fallback();
        problems.externalRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await context.addInitScript((log) => {
        const w = window as unknown as Record<string, string[]>;
        w[log] = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w[log]!.push(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
          ),
        );
      }, CSP_LOG);
      const report = async (): Promise<PageProblems> => {
        const cspViolations: string[] = [];
        for (const page of pages) {
          if (page.isClosed()) continue;
          for (const frame of page.frames()) {
            const found = await frame
              .evaluate(
                (log) => (window as unknown as Record<string, string[] | undefined>)[log] ?? [],
                CSP_LOG,
              )
              .catch(() => []);
            cspViolations.push(...found);
          }
        }
        return { ...problems, cspViolations };
      };
      await use({ report, allow: (origin) => allowed.add(origin) });
      if (!expectProblems) {
        expect(await report(), 'no console error, failed or outside request, or policy violation').toEqual({
          consoleErrors: [],
          pageErrors: [],
          failedRequests: [],
          externalRequests: [],
          cspViolations: [],
        });
      }
    },
    { auto: true },
  ],

  scriptsOff: async ({ page }, use) => {
    let devtools: CDPSession | undefined;
    await use(async () => {
      devtools ??= await page.context().newCDPSession(page);
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
    });
    if (devtools) {
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
      await devtools.detach();
    }
  },

  slowLoad: async ({ page, chunkServer }, use) => {
    await page.exposeBinding(PIECE_SEEN, (_source, index: number, rest: boolean) =>
      chunkServer.release(rest ? Number.POSITIVE_INFINITY : index + 1),
    );
    await page.addInitScript(installShiftWatch);
    await use(async (path) => {
      await page.goto(new URL(path, chunkServer.origin).href, { waitUntil: 'load' });
      return finishShiftWatch(page);
    });
  },
});
