/**
 * The behaviour checks, run in every engine beside Playwright's Chromium (see
 * scripts/lib/engines.ts): the reading pages, the picker with mouse and keyboard, the
 * picker embedded on another origin and in the /embed/ preview, and the guide's contents
 * on a phone. Every wait is for a state (a condition polled in the page), never a sleep.
 *
 * `npm run build` first. ENGINES=firefox (or webkit) runs one engine. An engine that
 * cannot be had fails its checks with the reason and how to get it; it is never skipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/lib/picker/rules';
import { viewOf } from '../../src/lib/picker/view';
import type { Catalog } from '../../src/lib/picker/catalog';
import type { Answers } from '../../src/vocabulary';
import {
  ENGINES,
  startEngine,
  type Engine,
  type EngineName,
  type Session,
} from '../../scripts/lib/engines.ts';
import { DIST } from '../dist/dist';
import { SAME_ORIGIN_HOST, startServers, type Servers } from './servers';

const chosen = (process.env.ENGINES ?? ENGINES.join(','))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean) as EngineName[];
for (const name of chosen) if (!ENGINES.includes(name)) throw new Error(`ENGINES: no engine called ${name}`);

const PHONE = { width: 375, height: 800 };
const WIDE = { width: 1280, height: 800 };

/** Every page in the sitemap, as a path, and the framed picker, which is kept out of it. */
const PATHS = [
  ...[...readFileSync(resolve(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  ),
  '/embed/picker/',
];

let servers: Servers;
const ran: string[] = [];

beforeAll(async () => {
  servers = await startServers(DIST);
});
afterAll(async () => {
  await servers?.close();
  console.log(`\nEngines run: ${ran.length ? ran.join('; ') : 'none'}\n`);
});

/** Polls `check` until it returns true; each poll is a round trip to the browser, no sleep between. */
async function until(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`Timed out waiting until ${what}${last ? ` (${(last as Error).message})` : ''}`);
}

/** Resolves once the page has stopped scrolling: the same scroll position for three frames in a row. */
const scrollSettled = () =>
  new Promise<boolean>((done) => {
    let last = -1;
    let same = 0;
    const tick = () => {
      same = scrollY === last ? same + 1 : 0;
      last = scrollY;
      if (same >= 3) done(true);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

const problems = (session: Session) =>
  session.run(
    () => (window as unknown as { __problems?: string[] }).__problems ?? ['the watch script never ran'],
  );

/** The design the picker shows for these answers, worked out here with the site's own modules. */
const expected = (answers: Answers, catalog: Catalog) =>
  viewOf(recommend(answers, catalog), catalog, answers).design;

/** The frame's inner height against its document's height, read on both sides. */
async function frameFit(session: Session, selector: string) {
  const frame = await session.run(
    (s: string) => document.querySelector<HTMLIFrameElement>(s)?.clientHeight ?? 0,
    selector,
  );
  const inner = await session.inFrame(selector, () => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      scrolls: root.scrollHeight > root.clientHeight,
      ready: Boolean(customElements.get('design-picker')),
    };
  });
  return { frame, ...inner };
}

/** The frame is exactly as tall as its content (whole pixels, rounded up) and does not scroll. */
async function fits(session: Session, selector: string) {
  let last: unknown;
  await until('the frame fits its content', async () => {
    const fit = await frameFit(session, selector);
    last = fit;
    return fit.ready && !fit.scrolls && fit.frame >= fit.content && fit.frame - fit.content < 1.5;
  }).catch(() => {
    throw new Error(`The frame does not fit its content: ${JSON.stringify(last)}`);
  });
}

for (const name of chosen) {
  describe(name, () => {
    let engine: Engine | undefined;
    let failure: Error | undefined;
    const sessions: Session[] = [];

    beforeAll(async () => {
      try {
        engine = await startEngine(name);
        console.log(`Running the behaviour checks in ${name}: ${engine.version}`);
      } catch (error) {
        failure = error as Error;
        console.error(`\n${name} cannot be had, so its checks fail:\n${failure.message}\n`);
      }
    }, 120_000);
    afterAll(async () => {
      for (const session of sessions) await session.close();
      if (engine) ran.push(`${name} (${engine.version})`);
      await engine?.close();
    });

    /** A window at this viewport, or the reason the engine cannot be had. */
    const open = async (viewport: typeof PHONE) => {
      if (!engine) throw new Error(`${name} cannot be had: ${failure?.message ?? 'it did not start'}`);
      // Fails well before the hook's own timeout, so a browser that never starts is a failure, not a skip.
      let timer: NodeJS.Timeout | undefined;
      const session = await Promise.race([
        engine.open(viewport),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${name} did not open a window within 60 s`)), 60_000);
        }),
      ]).finally(() => clearTimeout(timer));
      sessions.push(session);
      return session;
    };

    it(`${name} is there to run the checks`, () => {
      expect(failure?.message).toBeUndefined();
      expect(engine).toBeDefined();
    });

    for (const viewport of [PHONE, WIDE]) {
      describe(`${viewport.width} pixels wide`, () => {
        let session: Session;
        beforeAll(async () => {
          session = await open(viewport).catch((error: Error) => {
            failure ??= error;
            return undefined as unknown as Session;
          });
        }, 120_000);
        afterAll(async () => {
          await session?.close();
          sessions.splice(sessions.indexOf(session), 1);
        });
        const ready = () => {
          if (!session) throw new Error(`${name} cannot be had: ${failure?.message}`);
          return session;
        };

        it('every page loads with no error and nothing wider than the screen', async () => {
          const s = ready();
          const found: string[] = [];
          for (const path of PATHS) {
            const before = servers.failed.length;
            await s.goto(`${servers.site}${path}`);
            await s.waitFor('the fonts have loaded', () => document.fonts.status === 'loaded');
            for (const problem of await problems(s)) found.push(`${path}: ${problem}`);
            for (const request of servers.failed.slice(before)) found.push(`${path}: requested ${request}`);
            const overflow = await s.run(() => {
              const root = document.documentElement;
              return root.scrollWidth > root.clientWidth ? `${root.scrollWidth} > ${root.clientWidth}` : '';
            });
            if (overflow) found.push(`${path}: wider than the screen (${overflow} px)`);
          }
          expect(found).toEqual([]);
        }, 600_000);

        it('the picker’s answers change the result and the address', async () => {
          const s = ready();
          await s.goto(`${servers.site}/picker/`);
          await s.waitFor('the picker is running', () => Boolean(customElements.get('design-picker')));
          const catalog = JSON.parse(
            await s.run(() => document.querySelector<HTMLElement>('design-picker')?.dataset.catalog ?? '{}'),
          ) as Catalog;
          const options = await s.run(() =>
            [...document.querySelectorAll<HTMLInputElement>('design-picker input[type=radio]')]
              .filter((input) => input.value)
              .map((input) => [input.name, input.value] as [string, string]),
          );
          const start = expected({}, catalog);
          // An answer that changes the recommendation, found from the rules rather than named here.
          const change = options.find(([q, v]) => expected({ [q]: v } as Answers, catalog) !== start);
          expect(change, 'some single answer changes the result').toBeDefined();
          const [question, value] = change!;
          const selector = `design-picker input[name="${question}"][value="${value}"]`;
          await s.run(
            (sel: string) =>
              document.querySelector(sel)?.scrollIntoView({ block: 'center', behavior: 'instant' }),
            selector,
          );
          await s.run(scrollSettled);
          await s.click(selector);
          const want = expected({ [question]: value } as Answers, catalog);
          await s.waitFor(
            `the result reads ${want} and the address carries ${question}=${value}`,
            (w: string, q: string, v: string) =>
              document.querySelector<HTMLElement>('[data-testid="picker-result"]')?.dataset.design === w &&
              new URLSearchParams(location.search).get(q) === v,
            want,
            question,
            value,
          );
          expect(await problems(s)).toEqual([]);
        });

        it('arrow keys change an answer and keep the focused answer in view, clear of the summary bar', async () => {
          const s = ready();
          await s.goto(`${servers.site}/picker/`);
          await s.waitFor('the picker is running', () => Boolean(customElements.get('design-picker')));
          const catalog = JSON.parse(
            await s.run(() => document.querySelector<HTMLElement>('design-picker')?.dataset.catalog ?? '{}'),
          ) as Catalog;
          const questions = await s.run(() =>
            [...document.querySelectorAll<HTMLElement>('design-picker fieldset[data-question]')].map(
              (f) => f.dataset.question!,
            ),
          );
          const answers: Record<string, string> = {};
          for (const question of questions) {
            // Focus the question's first answer and put it just above the bar (or the bottom
            // of the screen), so the next answer starts out hidden behind it.
            await s.run((q: string) => {
              const first = document.querySelector<HTMLInputElement>(`design-picker input[name="${q}"]`)!;
              first.focus();
              const bar = document.querySelector('[data-testid="picker-summary"]')?.getBoundingClientRect();
              const floor = bar && bar.height > 0 ? bar.top : innerHeight;
              // Instant: the page scrolls smoothly by default, and a scroll still running when
              // the key is pressed would race the one under test.
              scrollBy({ top: first.getBoundingClientRect().bottom - floor + 2, behavior: 'instant' });
            }, question);
            await s.run(scrollSettled);
            await s.press('ArrowDown');
            const value = await s.run((q: string) => {
              const input = document.activeElement as HTMLInputElement;
              return input.name === q && input.checked ? input.value : '';
            }, question);
            expect(value, `ArrowDown in ${question} chooses its next answer`).not.toBe('');
            answers[question] = value;
            const want = expected(answers as Answers, catalog);
            await s.waitFor(
              `the result reads ${want}`,
              (w: string) =>
                document.querySelector<HTMLElement>('[data-testid="picker-result"]')?.dataset.design === w,
              want,
            );
            await s.run(scrollSettled);
            const place = await s.run(() => {
              const box = document.activeElement!.getBoundingClientRect();
              const bar = document.querySelector('[data-testid="picker-summary"]')?.getBoundingClientRect();
              const floor = bar && bar.height > 0 ? bar.top : innerHeight;
              return { top: box.top, bottom: box.bottom, floor };
            });
            expect(
              place.top >= 0 && place.bottom <= place.floor,
              `the focused answer in ${question} is in view above ${place.floor}: ${JSON.stringify(place)}`,
            ).toBe(true);
          }
          expect(await problems(s)).toEqual([]);
        });

        it('the result column never overflows, and what scrolls inside the picker is a named region', async () => {
          const s = ready();
          // No answers, and the longest result: every question's last answer.
          for (const last of [false, true]) {
            await s.goto(`${servers.site}/picker/`);
            await s.waitFor('the picker is running', () => Boolean(customElements.get('design-picker')));
            if (last)
              await s.run(() => {
                for (const fieldset of document.querySelectorAll('fieldset[data-question]')) {
                  const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]');
                  radios[radios.length - 1]?.click();
                }
              });
            await s.waitFor('the fonts have loaded', () => document.fonts.status === 'loaded');
            const found = await s.run(() => {
              const problems: string[] = [];
              const column = document.querySelector('[data-testid="picker-result"]')!.parentElement!;
              const box = column.getBoundingClientRect();
              for (const child of column.children) {
                const inner = child.getBoundingClientRect();
                if (inner.bottom > box.bottom + 0.5 || inner.right > box.right + 0.5)
                  problems.push(`${child.tagName} overflows the result column`);
              }
              for (const el of document.querySelectorAll<HTMLElement>('design-picker *')) {
                const style = getComputedStyle(el);
                const scrolls = (v: string) => v === 'auto' || v === 'scroll';
                const overflows =
                  (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight) ||
                  (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth);
                if (!overflows) continue;
                const name = document
                  .getElementById(el.getAttribute('aria-labelledby') ?? '')
                  ?.textContent?.trim();
                if (el.tagName !== 'SECTION' || !name)
                  problems.push(`${el.tagName} ${el.className} scrolls with no name`);
              }
              return problems;
            });
            expect(found, last ? 'with every last answer' : 'with no answers').toEqual([]);
          }
        });

        it('the picker embedded on another origin answers and its frame fits its content', async () => {
          const s = ready();
          await s.goto(`${servers.host}/`);
          await s.waitFor('the frame is on the page', () => Boolean(document.querySelector('iframe')));
          await fits(s, 'iframe');
          // Answering changes the content's height; the frame follows.
          await s.inFrame('iframe', () => {
            // Every question's last answer: the result changes, and so does its height.
            for (const fieldset of document.querySelectorAll('fieldset[data-question]')) {
              const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]');
              radios[radios.length - 1]?.click();
            }
          });
          await fits(s, 'iframe');
          expect(await problems(s)).toEqual([]);
          expect(
            await s.inFrame('iframe', () => (window as unknown as { __problems: string[] }).__problems),
          ).toEqual([]);
        });

        it('the picker embedded on a page of the site’s own origin fits its content', async () => {
          const s = ready();
          await s.goto(`${servers.site}${SAME_ORIGIN_HOST}`);
          await s.waitFor('the frame is on the page', () => Boolean(document.querySelector('iframe')));
          await fits(s, 'iframe');
          expect(await problems(s)).toEqual([]);
        });

        it('the /embed/ preview frame fits its content', async () => {
          const s = ready();
          await s.goto(`${servers.site}/embed/`);
          // The preview loads lazily: bring it near the screen.
          await s.run(() => document.querySelector('iframe[data-preview]')?.scrollIntoView());
          await fits(s, 'iframe[data-preview]');
          expect(await problems(s)).toEqual([]);
        });

        if (viewport === PHONE)
          it('on /guide/, choosing a section closes the contents and shows the section below them', async () => {
            const s = ready();
            await s.goto(`${servers.site}/guide/`);
            const count = await s.run(() => document.querySelectorAll('.toc-list a').length);
            expect(count).toBeGreaterThan(1);
            // The first, a middle and the last section.
            for (const index of new Set([0, Math.floor(count / 2), count - 1])) {
              // With the keyboard, as a reader who tabs to the contents would; a link's Enter is its click.
              await s.run(() => document.querySelector<HTMLElement>('.toc summary')!.focus());
              await s.press('Enter');
              await s.waitFor('the contents are open', () =>
                document.querySelector('.toc details')?.hasAttribute('open'),
              );
              await s.run(
                (n: number) => document.querySelector<HTMLElement>(`.toc-list li:nth-child(${n}) a`)!.focus(),
                index + 1,
              );
              await s.press('Enter');
              await s.waitFor(
                'the contents have closed',
                () => !document.querySelector('.toc details')?.hasAttribute('open'),
              );
              // The jump may scroll smoothly, and may start a frame or two late: wait for the
              // section to arrive below the bar, then for the scrolling to stop, then measure.
              await s
                .waitFor('the section has arrived below the contents bar', () => {
                  const top =
                    document.getElementById(location.hash.slice(1))?.getBoundingClientRect().top ?? -1;
                  const bar = document.querySelector('.toc')!.getBoundingClientRect();
                  return top >= (bar.top <= 0.5 ? bar.bottom : 0) - 0.5 && top < innerHeight / 2;
                })
                .catch(() => undefined);
              await s.run(scrollSettled);
              const place = await s.run(() => {
                const target = document.getElementById(location.hash.slice(1))!.getBoundingClientRect();
                const bar = document.querySelector('.toc')!.getBoundingClientRect();
                // The bar covers the top of the screen only while it is pinned there.
                return {
                  hash: location.hash,
                  top: target.top,
                  covered: bar.top <= 0.5 ? bar.bottom : 0,
                  screen: innerHeight,
                };
              });
              expect(
                place.top >= place.covered - 0.5 && place.top < place.screen / 2,
                `${place.hash} starts in view below the contents bar: ${JSON.stringify(place)}`,
              ).toBe(true);
            }
            expect(await problems(s)).toEqual([]);
          });
      });
    }
  });
}

it('every engine asked for ran', () => {
  expect(ran.map((r) => r.split(' ')[0])).toEqual(chosen);
});
