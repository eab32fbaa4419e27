/**
 * The browser engines beside Playwright's Chromium, each behind one small interface so
 * the same behaviour checks (tests/engines/, `npm run test:engines`) run in all of them:
 *
 *   firefox  Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core
 *   webkit   WebKitGTK's MiniBrowser, driven by WebKitWebDriver (webkit2gtk-driver)
 *            through selenium-webdriver, on an Xvfb screen exactly the viewport's width,
 *            which a window manager (matchbox) makes the window fill: without one, GTK
 *            leaves the window at 1024×768 and --full-screen does nothing
 *
 * Finding an engine never downloads anything: it is there, or Debian's packages are
 * installed when running as root on Debian, or the run stops and says how to get it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './ports.ts';
import { aptInstall, canAptInstall, onPath } from './system.ts';

export type EngineName = 'firefox' | 'webkit';
export const ENGINES: EngineName[] = ['firefox', 'webkit'];

export interface Viewport {
  width: number;
  height: number;
}

/** A function run in the page: its arguments must be JSON, and so must its result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function the page can run
type InPage<T> = (...args: any[]) => T | Promise<T>;

/** One browser window at one viewport. */
export interface Session {
  readonly engine: EngineName;
  readonly viewport: Viewport;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  run<T>(fn: InPage<T>, ...args: unknown[]): Promise<T>;
  /** Waits until `fn` returns something truthy in the page; fails with `what` after the timeout. */
  waitFor(what: string, fn: InPage<unknown>, ...args: unknown[]): Promise<void>;
  /** Runs `fn` in the document of the page's first iframe matching `selector`. */
  inFrame<T>(selector: string, fn: InPage<T>, ...args: unknown[]): Promise<T>;
  click(selector: string): Promise<void>;
  /** Presses a key where the focus is: 'ArrowDown', 'Enter'. */
  press(key: 'ArrowDown' | 'ArrowUp' | 'Tab' | 'Enter'): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** What it is, for the log: the browser's own name and version (WebKit's is known once a window is open). */
  version: string;
  open(viewport: Viewport): Promise<Session>;
  close(): Promise<void>;
}

const TIMEOUT = 15_000;

export const FIREFOX_PATHS = ['firefox-esr', 'firefox'];
export const WEBKIT_DRIVER = 'WebKitWebDriver';
/** Where Debian's libwebkit2gtk-4.1-0 puts MiniBrowser (amd64 and arm64). */
export const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** How to get each engine where it cannot be installed for you. */
export const HOW_TO_GET: Record<EngineName, string> = {
  firefox: `Firefox was not found (firefox-esr or firefox on PATH, or FIREFOX_PATH). Any one of these fixes it:
  - sudo apt-get install firefox-esr     (Debian; firefox on Ubuntu)
  - install Firefox 129 or newer and set FIREFOX_PATH=/path/to/firefox`,
  webkit: `WebKitGTK was not found (WebKitWebDriver and MiniBrowser, or MINIBROWSER_PATH, Xvfb and matchbox-window-manager). On Debian or Ubuntu:
  - sudo apt-get install webkit2gtk-driver xvfb matchbox-window-manager
  MiniBrowser comes with libwebkit2gtk-4.1-0; set MINIBROWSER_PATH if it lives elsewhere.`,
};

/** The Debian packages that give each engine. */
const PACKAGES: Record<EngineName, string[]> = {
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'matchbox-window-manager'],
};

function findFirefox(): string | undefined {
  if (process.env.FIREFOX_PATH)
    return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  for (const name of FIREFOX_PATHS) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

interface WebKitParts {
  driver: string;
  browser: string;
  xvfb: string;
  /** A window manager: without one, GTK's full-screen request goes unanswered. */
  wm: string;
}

function findWebKit(): WebKitParts | undefined {
  const driver = onPath(WEBKIT_DRIVER);
  const browser = [process.env.MINIBROWSER_PATH, ...MINIBROWSER_PATHS].find((p) => p && existsSync(p));
  const xvfb = onPath('Xvfb');
  const wm = onPath('matchbox-window-manager');
  return driver && browser && xvfb && wm ? { driver, browser, xvfb, wm } : undefined;
}

/** Finds an engine's programs, installing Debian's packages where that is possible; throws how to get it otherwise. */
function ensure<T>(name: EngineName, find: () => T | undefined): T {
  const found = find();
  if (found) return found;
  if (canAptInstall()) {
    console.log(`${name}: not found, installing Debian's ${PACKAGES[name].join(', ')}…`);
    aptInstall(PACKAGES[name]);
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_GET[name]);
}

/** Starts an engine, or throws a message saying why it cannot be had. */
export async function startEngine(name: EngineName): Promise<Engine> {
  return name === 'firefox' ? startFirefox() : startWebKit();
}

async function startFirefox(): Promise<Engine> {
  const executablePath = ensure('firefox', findFirefox);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox's own traffic (updates, telemetry, safe browsing) has nowhere to go here.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async open(viewport) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      page.setDefaultTimeout(TIMEOUT);
      const frameOf = async (selector: string) => {
        const handle = await page.waitForSelector(selector);
        const frame = await handle?.contentFrame();
        if (!frame) throw new Error(`${selector} has no document`);
        return frame;
      };
      return {
        engine: 'firefox',
        viewport,
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        run: (fn, ...args) => page.evaluate(fn, ...args) as never,
        async waitFor(what, fn, ...args) {
          await page.waitForFunction(fn, { timeout: TIMEOUT }, ...args).catch((error: Error) => {
            throw new Error(`Timed out waiting until ${what} (${error.message})`);
          });
        },
        inFrame: async (selector, fn, ...args) => (await frameOf(selector)).evaluate(fn, ...args) as never,
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Starts Xvfb on a free display of exactly this size; resolves once it accepts clients. */
function startXvfb(
  xvfb: string,
  { width, height }: Viewport,
): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const fd3 = child.stdio[3] as NodeJS.ReadableStream;
    let out = '';
    fd3.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
    child.once('error', reject);
  });
}

/** Starts a WebDriver server and resolves once its /status answers that it is ready. */
async function startDriver(command: string, env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(command, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + TIMEOUT;
  // Each try is a request the server either answers or refuses at once: no sleep between.
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}): ${output.trim()}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then(async (r) => ((await r.json()) as { value?: { ready?: boolean } }).value?.ready === true)
      .catch(() => false);
    if (ready) return child;
    await new Promise((resolve) => setImmediate(resolve));
  }
  child.kill();
  throw new Error(`${command} did not answer on port ${port} within ${TIMEOUT / 1000} s: ${output.trim()}`);
}

async function startWebKit(): Promise<Engine> {
  const parts = ensure('webkit', findWebKit);
  const { Builder, By, Key } = await import('selenium-webdriver');
  const children = new Set<ChildProcess>();
  const stop = (child: ChildProcess) => {
    children.delete(child);
    if (child.exitCode === null) child.kill();
  };
  const engine: Engine = {
    name: 'webkit',
    // The driver has no --version; the first session reports the browser's.
    version: 'WebKitGTK MiniBrowser',
    async open(viewport) {
      const xvfb = await startXvfb(parts.xvfb, viewport);
      children.add(xvfb.process);
      const wm = spawn(parts.wm, ['-use_titlebar', 'no'], {
        env: { ...process.env, DISPLAY: xvfb.display },
        stdio: 'ignore',
      });
      children.add(wm);
      const port = await freePort();
      const env = { ...process.env, DISPLAY: xvfb.display, WAYLAND_DISPLAY: '', GDK_BACKEND: 'x11' };
      const driverProcess = await startDriver(parts.driver, env, port);
      children.add(driverProcess);
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: parts.browser, args: ['--automation'] },
        })
        .build();
      const capabilities = await driver.getCapabilities();
      engine.version = `WebKitGTK MiniBrowser ${capabilities.get('browserVersion') ?? ''}`.trim();
      // The screen is exactly the viewport and the window manager fits the window to it
      // (full screen asked for as well), so the viewport is exactly as wide as asked.
      // MiniBrowser keeps its toolbar (about 38 px), so the viewport is that much shorter:
      // the checks measure innerHeight rather than assume the height.
      const size = () => driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
      await driver.manage().window().fullscreen();
      await driver
        .wait(async () => (await size())[0] === viewport.width, TIMEOUT)
        .catch(async () => {
          throw new Error(`WebKit's viewport is ${(await size()).join('×')}, not ${viewport.width} wide`);
        });
      const call = (fn: InPage<unknown>) => `return (${fn.toString()}).apply(null, arguments)`;
      const run = <T>(fn: InPage<T>, ...args: unknown[]) => driver.executeScript<T>(call(fn), ...args);
      return {
        engine: 'webkit',
        viewport,
        async goto(url) {
          // WebDriver's navigation returns once the document has loaded (page load strategy "normal").
          await driver.get(url);
        },
        run,
        async waitFor(what, fn, ...args) {
          await driver.wait(
            async () => Boolean(await run(fn, ...args)),
            TIMEOUT,
            `Timed out waiting until ${what}`,
          );
        },
        async inFrame(selector, fn, ...args) {
          await driver.switchTo().frame(await driver.findElement(By.css(selector)));
          try {
            return (await run(fn, ...args)) as never;
          } finally {
            await driver.switchTo().defaultContent();
          }
        },
        async click(selector) {
          const element = await driver.findElement(By.css(selector));
          // WebKit's driver scrolls the page to an element, not a scrolling list inside it.
          await driver.executeScript('arguments[0].scrollIntoView({ block: "nearest" })', element);
          await element.click();
        },
        async press(key) {
          const keys = { ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Tab: Key.TAB, Enter: Key.ENTER };
          await driver.actions().sendKeys(keys[key]).perform();
        },
        async close() {
          await driver.quit().catch(() => undefined);
          stop(driverProcess);
          stop(wm);
          stop(xvfb.process);
        },
      };
    },
    async close() {
      for (const child of [...children]) stop(child);
    },
  };
  return engine;
}
