/**
 * The picker as an AI agent's tool (WebMCP), for the pages where the picker is the page's
 * own: the form is a declarative tool, but the browser fills only the fields an agent
 * passes and leaves the rest as the reader set them, so a parameter left out would not
 * mean "no preference". Where the browser can register tools from script, this re-registers
 * the same tool (the schema the browser built from the form, descriptions included) with a
 * handler that starts every call from no answers. Where it cannot, an agent's declarative
 * call is answered and the form then goes back to no answers.
 */

import type { PickerView } from '../../lib/picker/view';

type AgentSubmitEvent = SubmitEvent & {
  agentInvoked?: boolean;
  respondWith?: (response: Promise<unknown>) => void;
};

interface Tool {
  name: string;
  description: string;
  inputSchema: unknown;
  execute?: (args: Record<string, unknown>) => unknown;
}

interface ModelContext {
  getTools(): Promise<Tool[]>;
  registerTool(tool: Tool): void;
}

/** What <design-picker> (island.ts) says after each update. */
interface Shown {
  answers: Record<string, string | undefined>;
  margin: string;
  view: PickerView;
}

/** What agentTool needs of <design-picker> (island.ts). */
interface Picker extends HTMLElement {
  answer(input: Record<string, unknown>): Shown | undefined;
  update(): Shown | undefined;
}

/** What an agent gets: the words a reader sees, no internal points. */
function response(shown: Shown | undefined) {
  if (!shown) return undefined;
  const { answers, margin, view } = shown;
  return {
    answers,
    design: view.design,
    summary: view.summary,
    margin,
    ranking: view.ranking.map(({ design, name, verdict }) => ({ design, name, verdict })),
    reasons: view.reasons,
    models: view.models,
    link: new URL(view.shareHref, location.origin).href,
  };
}

export async function offerToAgents(): Promise<void> {
  await customElements.whenDefined('design-picker');
  const context = (document as unknown as { modelContext?: ModelContext }).modelContext;
  for (const picker of document.querySelectorAll<Picker>('design-picker')) {
    const form = picker.querySelector('form');
    const name = form?.getAttribute('toolname');
    if (!form || !name) continue;
    if (context?.registerTool)
      void context.getTools().then((tools) => {
        const tool = tools.find((t) => t.name === name);
        if (!tool) return;
        form.removeAttribute('toolname');
        context.registerTool({
          name,
          description: tool.description,
          inputSchema: typeof tool.inputSchema === 'string' ? JSON.parse(tool.inputSchema) : tool.inputSchema,
          execute: (args) => response(picker.answer(args ?? {})),
        });
      });
    form.addEventListener('submit', (event: AgentSubmitEvent) => {
      if (!event.agentInvoked || !event.respondWith) return;
      event.respondWith(Promise.resolve(response(picker.update())));
      // Not form.reset(), which would cancel a call still in flight.
      setTimeout(() => picker.answer({}));
    });
  }
}
