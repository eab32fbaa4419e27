/**
 * The picker as an agent meets it: Chromium with WebMCP enabled lists the form as a tool
 * and invokes it through the DevTools protocol, the same path a browser agent takes.
 * Chromium 146+ exposes declarative tools with `--enable-features=WebMCP` (the
 * chrome://flags "WebMCP for testing" switch) and the CDP `WebMCP` domain. If this
 * Chromium cannot enable it, the test says so and fails: a skipped agent check would
 * hide a broken tool.
 */
import type { CDPSession } from '@playwright/test';
import { type Answers, type Question, QUESTION_KEYS, QUESTIONS } from '../src/vocabulary';
import { expect, recommendFor, test } from './fixtures';

const TOOL = 'recommend_headphone_design';

/** Answers as the tool and the address carry them: question → answer id. */
type Given = Record<string, string>;

/** An answer's id from the vocabulary: the first, or with `last`, the last. */
const valueOf = (question: Question, last = false) => {
  const values = Object.keys(QUESTIONS[question].values);
  return values[last ? values.length - 1 : 0]!;
};
// The page opens with one answer set; the agent's calls use the other questions, so an
// answer that carried over from the page would show.
const [preset, first, second, third] = QUESTION_KEYS as [Question, Question, Question, Question];
const pageAnswers: Given = { [preset]: valueOf(preset, true) };
const firstCall: Given = { [first]: valueOf(first), [second]: valueOf(second) };
const secondCall: Given = { [second]: valueOf(second, true), [third]: valueOf(third, true) };
const queryOf = (answers: Given) => new URLSearchParams(answers).toString();
/** What the picker's rules make of these answers (fixtures.ts). */
const expected = (answers: Given) => recommendFor(answers as Answers);
/** The ranking as the tool reports it: design and verdict, best first. */
const rankingOf = (ranking: readonly { design: string; verdict: string }[]) =>
  ranking.map((r) => [r.design, r.verdict]);

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
    await page.goto(`/picker/?${queryOf(pageAnswers)}`);
    // The island is running once it has read the address.
    await expect(page.getByTestId('picker-result')).toHaveAttribute(
      'data-design',
      expected(pageAnswers).winner,
    );
    await expect(page.locator(`input[name="${preset}"][value="${pageAnswers[preset]}"]`)).toBeChecked();

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
    expect(Object.keys(tool!.inputSchema.properties).sort()).toEqual([...QUESTION_KEYS].sort());
    for (const q of QUESTION_KEYS) {
      expect(tool!.inputSchema.properties[q]?.description, q).toMatch(/^.{20,}$/);
      // "No preference" first, then every answer the form offers, in its order.
      expect(tool!.inputSchema.properties[q]?.enum, q).toEqual(['', ...Object.keys(QUESTIONS[q].values)]);
    }

    const frame =
      tool!.frameId ??
      ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;

    // First call: two other questions. The page had an answer selected; the agent did not
    // pass it, so it must not be counted.
    const one = await invoke(cdp, frame, firstCall);
    expect(one.answers).toEqual(firstCall);
    expect(one.design).toBe(expected(firstCall).winner);
    expect(one.margin).toBe(expected(firstCall).margin);
    expect(rankingOf(one.ranking)).toEqual(rankingOf(expected(firstCall).ranking));
    for (const { name } of one.ranking) expect(name).toMatch(/\S/);
    expect(one.summary).toMatch(/\S/);
    expect(one.reasons.length).toBeGreaterThan(0);
    for (const reason of one.reasons) expect(reason).toMatch(/^You said /);
    expect(one.link).toBe(new URL(`/picker/?${queryOf(firstCall)}`, baseURL).href);
    // No internal points: nothing in the response is a number.
    expect(JSON.stringify(one)).not.toMatch(/"score"|":\s*-?\d/);

    // Second call, different parameters: the first call's answers must not carry over.
    const two = await invoke(cdp, frame, secondCall);
    expect(two.answers).toEqual(secondCall);
    expect(two.design).toBe(expected(secondCall).winner);
    expect(rankingOf(two.ranking)).toEqual(rankingOf(expected(secondCall).ranking));
    expect(two.reasons.every((r) => r.startsWith('You said '))).toBe(true);
    expect(two.link).toBe(new URL(`/picker/?${queryOf(secondCall)}`, baseURL).href);

    // A call with no parameters after both: no answers, the safe default.
    const none = await invoke(cdp, frame, {});
    expect(none.answers).toEqual({});
    expect(none.margin).toBe(expected({}).margin);
    expect(none.design).toBe(expected({}).winner);
  } finally {
    await browser.close();
  }
});
