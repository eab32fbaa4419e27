/**
 * The embedded picker on another site: a host page on its own origin, under a strict
 * Content-Security-Policy, pastes the code exactly as /embed/ shows it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import {
  contentOf,
  type Host,
  hostPage,
  measure,
  policyViolations,
  serveSiteFrom,
  siteOf,
  snippetFromEmbedPage,
  startHost,
  watchPolicy,
} from './embedHost';

const WIDTHS = [320, 768, 1280];
/** The frame's height may differ from its content's by rounding, never by more. */
const TOLERANCE = 4;

interface Fixtures {
  site: string;
  host: Host;
}

interface WorkerFixtures {
  /** The code /embed/ shows, script and iframe versions, with its options as shown: read once per worker. */
  code: { script: string; iframe: string };
}

const test = base.extend<Fixtures, WorkerFixtures>({
  code: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT}` });
      await page.goto('/embed/');
      const code = {
        script: await snippetFromEmbedPage(page, 'script'),
        iframe: await snippetFromEmbedPage(page, 'iframe'),
      };
      await page.close();
      await use(code);
    },
    { scope: 'worker' },
  ],
  site: async ({ code }, use) => use(siteOf(code.script)),
  host: async ({ site, context, baseURL, page, pageWatch }, use) => {
    await serveSiteFrom(context, site, baseURL!);
    await watchPolicy(page);
    const host = await startHost(site);
    pageWatch.allow(site);
    pageWatch.allow(host.origin);
    await use(host);
    await host.close();
  },
});

const frames = (page: Page) => page.locator('iframe');

/** Waits until the frame is exactly as tall as its content, with no scroll bar, and returns the figures. */
async function settled(iframe: Locator) {
  let last = await measure(iframe);
  await expect
    .poll(
      async () => {
        last = await measure(iframe);
        return Math.abs(last.frame - last.content) <= TOLERANCE && !last.scrolls;
      },
      { message: 'the frame fits its content with no scroll bar', timeout: 20_000 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`The frame does not fit its content: ${JSON.stringify(last)}`);
    });
  return last;
}

/** Answers the last option of each of the first `count` questions, whatever they are. */
async function answer(iframe: Locator, count: number) {
  const frame = await contentOf(iframe);
  const groups = frame.locator('fieldset[data-question]:visible');
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').last().check();
}

for (const width of WIDTHS) {
  test.describe(`on a host page ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the frame is as tall as its content before and after answering, with no scroll bar inside', async ({
      page,
      host,
      code,
    }) => {
      await page.goto(host.page('/one/', hostPage(code.script)));
      const iframe = frames(page);
      await expect(iframe).toHaveCount(1);
      await expect(iframe).toHaveAttribute('title', /\S/);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      const before = await settled(iframe);
      await answer(iframe, 4);
      const after = await settled(iframe);
      console.log(
        `${width}px: frame ${before.frame} / content ${before.content} before answering, ${after.frame} / ${after.content} after`,
      );
      expect(await policyViolations(page)).toEqual([]);
      expect(await policyViolations(await contentOf(iframe))).toEqual([]);
    });
  });
}

// What does not depend on the width runs once, at the narrowest, where a fixed frame must scroll.
test.describe('on a host page 320 pixels wide', () => {
  const width = WIDTHS[0]!;
  test.use({ viewport: { width, height: 800 } });

  test('each link inside opens its target in a new tab and leaves the frame on the picker', async ({
    page,
    context,
    host,
    code,
    site,
  }) => {
    const url = host.page('/links/', hostPage(code.script));
    await page.goto(url);
    const iframe = frames(page);
    await answer(iframe, 2);
    const frame = await contentOf(iframe);
    // Links to a place on the same page (the phone summary's "see the result") stay in the frame by design.
    const links = frame.locator('a:visible:not([href^="#"])');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(3); // the site's name, "more about", the share link
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(tab.url(), await link.innerText()).toBe(href);
      expect(new URL(tab.url()).origin).toBe(site);
      await tab.close();
      expect(frame.url()).toMatch(new RegExp(`^${site}/embed/picker/`));
      expect(page.url()).toBe(url);
    }
    // The form, should anything submit it, opens outside the frame too.
    await expect(frame.locator('design-picker form')).toHaveAttribute('target', '_blank');
  });

  test('two pickers on one page answer independently', async ({ page, host, code }) => {
    await page.goto(host.page('/two/', hostPage(`${code.script}\n<p>Between the two.</p>\n${code.script}`)));
    const [first, second] = [frames(page).nth(0), frames(page).nth(1)];
    await expect(frames(page)).toHaveCount(2);
    const secondBefore = await settled(second);
    const result = async (iframe: Locator) =>
      (await contentOf(iframe)).locator('[data-testid="picker-result"]').innerText();
    const secondResult = await result(second);
    const firstResult = await result(first);
    await answer(first, 5);
    await expect.poll(() => result(first)).not.toBe(firstResult);
    await settled(first);
    expect(await result(second)).toBe(secondResult);
    expect((await settled(second)).frame).toBe(secondBefore.frame);
    expect(await policyViolations(page)).toEqual([]);
  });

  test('a message from another origin or another frame changes nothing', async ({ page, host, code }) => {
    await page.goto(host.page('/messages/', hostPage(`${code.script}\n${code.iframe}`)));
    const [scripted, plain] = [frames(page).nth(0), frames(page).nth(1)];
    await expect(scripted).toHaveAttribute('sandbox', /allow-scripts/);
    const { frame: height } = await settled(scripted);
    await contentOf(plain);
    const site = siteOf(code.script);
    // A real message from another frame of the site's own origin, and one from the host itself.
    // The host's listener below runs after the embed's own (registered first), so once it
    // has seen both, the embed has handled both.
    await page.evaluate(() => {
      const w = window as unknown as { __bothSeen: Promise<void> };
      w.__bothSeen = new Promise((resolve) => {
        let seen = 0;
        addEventListener('message', (e: MessageEvent<{ height?: number }>) => {
          if (e.data?.height === 123 && ++seen === 2) resolve();
        });
      });
    });
    await (
      await contentOf(plain)
    ).evaluate(() => parent.postMessage({ type: 'open-or-closed:height', height: 123 }, '*'));
    await page.evaluate(() => postMessage({ type: 'open-or-closed:height', height: 123 }, '*'));
    // Forged events test each check on its own: the right frame with the wrong origin,
    // the right origin from the wrong frame, and the right frame with a malformed height.
    // A frame is known by the token in its address (src/lib/embed/frameToken.ts), which
    // the plain iframe has none of.
    const forge = (origin: string, from: 'scripted' | 'plain', height: unknown) =>
      page.evaluate(
        ({ origin, from, height }) => {
          const [scriptedFrame, plainFrame] = [...document.querySelectorAll('iframe')];
          const frame = (from === 'scripted' ? scriptedFrame : plainFrame)!;
          const token = /#frame=([\w-]+)/.exec(frame.src)?.[1];
          dispatchEvent(
            new MessageEvent('message', {
              data: { type: 'open-or-closed:height', height, ...(token ? { token } : {}) },
              origin,
              source: frame.contentWindow,
            }),
          );
        },
        { origin, from, height },
      );
    await forge(new URL(page.url()).origin, 'scripted', 123);
    await forge(site, 'plain', 123);
    await forge(site, 'scripted', 1e9);
    await page.evaluate(() => (window as unknown as { __bothSeen: Promise<void> }).__bothSeen);
    // The forged events were dispatched synchronously, so they too have been handled.
    expect((await measure(scripted)).frame).toBe(height);
    // The control: the same forged message with the right origin and frame is obeyed,
    // so the checks above could have failed.
    await forge(site, 'scripted', 123);
    await expect.poll(async () => (await measure(scripted)).frame).toBe(123);
  });

  test('the plain iframe code renders and works, scrolling inside', async ({ page, host, code }) => {
    await page.goto(host.page('/plain/', hostPage(code.iframe)));
    const iframe = frames(page);
    const frame = await contentOf(iframe);
    const result = frame.locator('[data-testid="picker-result"]');
    const before = await result.getAttribute('data-design');
    const text = await result.innerText();
    await answer(iframe, 5);
    await expect.poll(() => result.innerText()).not.toBe(text);
    expect(before).toBeTruthy();
    const fit = await measure(iframe);
    // Taller than the fixed height, it scrolls inside rather than being cut off.
    expect(fit.scrolls).toBe(fit.content > fit.frame + 1);
    if (width === 320) expect(fit.content).toBeGreaterThan(fit.frame);
    await expect(frame.getByText(/needs JavaScript|broken|error/i)).toBeHidden();
    expect(await policyViolations(page)).toEqual([]);
  });
});

test.describe('options', () => {
  /** Sets options with the controls on /embed/ and returns the script code it then shows. */
  async function codeFor(page: Page, choose: (builder: Locator) => Promise<void>): Promise<string> {
    await page.goto('/embed/');
    const builder = page.locator('embed-builder');
    const before = await snippetFromEmbedPage(page, 'script');
    await choose(builder);
    await expect.poll(() => snippetFromEmbedPage(page, 'script')).not.toBe(before);
    return snippetFromEmbedPage(page, 'script');
  }

  test('presets, hidden questions and the theme chosen on /embed/ apply on the host', async ({
    page,
    browser,
    baseURL,
    host,
  }) => {
    const setup = await browser.newPage({ baseURL: baseURL! });
    const first = setup.locator('embed-builder select').first();
    let question = '';
    let value = '';
    const code = await codeFor(setup, async (builder) => {
      question = (await first.getAttribute('name'))!;
      value = (await first.locator('option').nth(1).getAttribute('value'))!;
      await first.selectOption(value);
      await builder
        .getByRole('group', { name: await first.locator('xpath=ancestor::fieldset/legend').innerText() })
        .getByRole('checkbox')
        .check();
      await builder.getByRole('radio', { name: 'Dark' }).check();
    });
    // The same answer on the picker page gives the result the embed must show.
    await setup.goto(`/picker/?${question}=${value}`);
    const expected = await setup.getByTestId('picker-result').getAttribute('data-design');
    await setup.close();

    expect(code).toContain(`data-${question}="${value}"`);
    await page.goto(host.page('/preset/', hostPage(code)));
    const frame = await contentOf(frames(page));
    await expect(frame.locator(`fieldset[data-question="${question}"]`)).toBeHidden();
    await expect(frame.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
    await expect(frame.getByTestId('picker-result')).toHaveAttribute('data-design', expected!);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Start over keeps the host's preset: it is the form's starting point.
    await frame.getByRole('button', { name: 'Start over' }).click();
    await expect(frame.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
    await settled(frames(page));
    expect(await policyViolations(page)).toEqual([]);
  });

  test('the compact layout is shorter than the full one at the same width', async ({
    page,
    host,
    code,
    browser,
    baseURL,
  }) => {
    const setup = await browser.newPage({ baseURL: baseURL! });
    const compact = await codeFor(setup, (builder) =>
      builder.getByRole('checkbox', { name: 'Compact layout' }).check(),
    );
    await setup.close();
    expect(compact).toContain('data-compact');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(host.page('/compact/', hostPage(`${code.script}\n${compact}`)));
    const full = await settled(frames(page).nth(0));
    const small = await settled(frames(page).nth(1));
    // Clearly shorter, not just by rounding: the heading, the intro and one line per answer go.
    expect(small.frame).toBeLessThan(full.frame * 0.9);
  });

  test("a forced theme holds against the reader's own setting, both ways", async ({ page, host, code }) => {
    const withTheme = (theme: string) =>
      code.script.replace('<div data-headphone-picker', `<div data-headphone-picker data-theme="${theme}"`);
    await page.goto(host.page('/themes/', hostPage(`${withTheme('light')}\n${withTheme('dark')}`)));
    const background = async (n: number, scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      const frame = await contentOf(frames(page).nth(n));
      return frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    };
    const forcedLight = await contentOf(frames(page).nth(0));
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await forcedLight.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(await background(0, 'dark')).toBe(light);
    expect(await background(1, 'light')).not.toBe(light);
    expect(await background(1, 'dark')).toBe(await background(1, 'light'));
  });

  test('unknown or malformed options are ignored with a warning in the host, never an error', async ({
    page,
    host,
    code,
  }) => {
    const messages: { type: string; text: string }[] = [];
    page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const broken = code.script.replace(
      /<div data-headphone-picker/,
      '<div data-headphone-picker data-colour="red" data-theme="blue" data-use="<script>" data-hide="everything"',
    );
    await page.goto(host.page('/typos/', hostPage(broken)));
    const frame = await contentOf(frames(page));
    await settled(frames(page));
    const warnings = messages.filter((m) => m.type === 'warning' && m.text.startsWith('Headphone picker:'));
    expect(warnings.map((w) => w.text).join('\n')).toMatch(/colour[\s\S]*theme[\s\S]*use[\s\S]*everything/);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(errors).toEqual([]);
    expect(new URL(frame.url()).search).toBe('');
  });
});

test('the embed sets no cookie, stores nothing and asks nothing of any other host', async ({
  page,
  context,
  host,
  code,
  site,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(host.page('/privacy/', hostPage(code.script)));
  const iframe = frames(page);
  await answer(iframe, 3);
  await settled(iframe);
  const frame = await contentOf(iframe);
  expect(await context.cookies()).toEqual([]);
  // A browser may refuse a framed page its storage altogether; that stores nothing either.
  const stored = await frame.evaluate(() => {
    try {
      return localStorage.length + sessionStorage.length;
    } catch {
      return 0;
    }
  });
  expect(await frame.evaluate(() => document.cookie)).toBe('');
  expect(stored).toBe(0);
  const elsewhere = requests.filter((url) => ![site, host.origin].includes(new URL(url).origin));
  expect(elsewhere).toEqual([]);
  // Only the host's own page came from the host; the script, the frame and all it loads came from the site.
  expect(requests.filter((url) => url.startsWith(host.origin))).toHaveLength(1);
});

test('a hostile or broken address never breaks the framed picker', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const query of [
    '?use=<script>window.__pwned=1</script>&hide=use',
    '?__proto__[x]=1&constructor=2&hide=__proto__&theme=__proto__',
    '?compact=%E0%A4%A&theme=dark%00&hide=' + 'use,'.repeat(500),
    '?use=gaming&use=music&hide=use&hide=noise',
  ]) {
    await page.goto(`/embed/picker/${query}`);
    await expect(page.getByTestId('picker-result'), query).toBeVisible();
    await expect(page.getByRole('radio').first(), query).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  expect(errors).toEqual([]);
});
