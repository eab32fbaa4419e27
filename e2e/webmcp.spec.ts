/**
 * The picker as an agent meets it: Chromium with WebMCP enabled lists the form as a tool
 * and invokes it through the DevTools protocol, the same path a browser agent takes.
 * Chromium 146+ exposes declarative tools with `--enable-features=WebMCP` (the
 * chrome://flags "WebMCP for testing" switch) and the CDP `WebMCP` domain. If this
 * Chromium cannot enable it, the test says so and fails: a skipped agent check would
 * hide a broken tool.
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from './fixtures';

const TOOL = 'recommend_headphone_design';
const QUESTIONS = ['place', 'noise', 'use', 'hours', 'aware', 'monitors', 'budget'];

interface Tool {
  name: string;
  description: string;
  frameId?: string;
  inputSchema: { properties: Record<string, { description?: string; enum?: string[] }> };
}

interface Response {
  answers: Record<string, string>;
  design: string;
  summary: string;
  margin: string;
  ranking: { design: string; name: string; verdict: string }[];
  reasons: string[];
  models: { name: string; href: string; reasons: string }[];
  link: string;
}

/** Invokes the tool and waits for its response, parsed. */
async function invoke(cdp: CDPSession, frameId: string, input: Record<string, string>): Promise<Response> {
  const responded = new Promise<{
    invocationId: string;
    status: string;
    output?: unknown;
    errorText?: string;
  }>((resolve) => cdp.on('WebMCP.toolResponded', resolve));
  const { invocationId } = (await cdp.send(
    'WebMCP.invokeTool' as never,
    {
      frameId,
      toolName: TOOL,
      input,
    } as never,
  )) as { invocationId: string };
  const response = await responded;
  expect(response.invocationId).toBe(invocationId);
  expect(response.status, response.errorText).toBe('Completed');
  const output = typeof response.output === 'string' ? JSON.parse(response.output) : response.output;
  return output as Response;
}

test('an agent lists the picker tool with every question described, and each call starts from no answers', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--enable-features=WebMCP'],
  });
  try {
    const page = await browser.newPage(baseURL ? { baseURL } : {});
    await page.goto('/picker/?use=dj');
    // The island is running once it has read the address.
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-design', 'closed');
    await expect(page.locator('input[name="use"][value="dj"]')).toBeChecked();

    // The island re-registers the form's tool from script so that every call starts from
    // no answers; it drops the form's toolname once it has.
    await expect(page.locator('form[toolname]')).toHaveCount(0);

    const cdp = await page.context().newCDPSession(page);
    const added = new Promise<{ tools: Tool[] }>((resolve) => cdp.on('WebMCP.toolsAdded' as never, resolve));
    const enabled = await cdp.send('WebMCP.enable' as never).then(
      () => true,
      (error: Error) => error.message,
    );
    expect(enabled, `This Chromium (${browser.version()}) cannot enable WebMCP over CDP`).toBe(true);
    const listed = await Promise.race([
      added,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000)),
    ]);
    expect(
      listed,
      `WebMCP listed no tools in Chromium ${browser.version()} with --enable-features=WebMCP`,
    ).toBeDefined();
    const tool = listed!.tools.find((t) => t.name === TOOL);
    expect(tool, 'the picker form is not listed as a tool').toBeDefined();

    // The schema: every question, every allowed value, and the meaning of each.
    expect(tool!.description).toMatch(/each call starts from no answers/);
    expect(Object.keys(tool!.inputSchema.properties).sort()).toEqual([...QUESTIONS].sort());
    for (const q of QUESTIONS) {
      expect(tool!.inputSchema.properties[q]?.description, q).toMatch(/^.{20,}$/);
      expect(tool!.inputSchema.properties[q]?.enum, q).toContain('');
    }
    expect(tool!.inputSchema.properties['use']?.enum).toEqual([
      '',
      'music',
      'critical',
      'recording',
      'dj',
      'gaming',
    ]);

    const frame =
      tool!.frameId ??
      ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;

    // First call: an office with some noise. The page had use=dj selected; the agent did
    // not pass `use`, so it must not be counted.
    const office = await invoke(cdp, frame, { place: 'office', noise: 'some' });
    expect(office.answers).toEqual({ place: 'office', noise: 'some' });
    expect(office.design).toBe('closed');
    expect(office.margin).toBe('clear');
    expect(office.ranking).toEqual([
      { design: 'closed', name: 'Closed-back', verdict: 'best' },
      { design: 'semi-open', name: 'Semi-open', verdict: 'avoid' },
      { design: 'open', name: 'Open-back', verdict: 'avoid' },
    ]);
    expect(office.summary).toMatch(/closed-back/i);
    expect(office.reasons.length).toBeGreaterThan(0);
    for (const reason of office.reasons) expect(reason).toMatch(/^You said /);
    expect(office.link).toBe(new URL('/picker/?place=office&noise=some', baseURL).href);
    // No internal points: nothing in the response is a number.
    expect(JSON.stringify(office)).not.toMatch(/"score"|":\s*-?\d/);

    // Second call, different parameters: the office answers must not carry over.
    const mixing = await invoke(cdp, frame, { noise: 'quiet', use: 'critical' });
    expect(mixing.answers).toEqual({ noise: 'quiet', use: 'critical' });
    expect(mixing.design).toBe('open');
    expect(mixing.ranking.map((r) => [r.design, r.verdict])).toEqual([
      ['open', 'best'],
      ['semi-open', 'fine'],
      ['closed', 'fine'],
    ]);
    expect(mixing.reasons.every((r) => r.startsWith('You said '))).toBe(true);
    expect(mixing.link).toBe(new URL('/picker/?noise=quiet&use=critical', baseURL).href);

    // A call with no parameters after both: no answers, the safe default.
    const none = await invoke(cdp, frame, {});
    expect(none.answers).toEqual({});
    expect(none.margin).toBe('none');
    expect(none.design).toBe('closed');
  } finally {
    await browser.close();
  }
});
