/**
 * <design-picker>: enhances the server-rendered form. Reads answers from the URL and the
 * form, re-ranks with the shared picker module, updates the result in place, and keeps
 * the answers in the address bar so a result can be shared. No framework: the whole
 * island, logic included, must stay under 4 KB compressed.
 *
 * WebMCP: the form is a declarative tool, but the browser fills only the fields an agent
 * passes and leaves the rest as the reader set them, so a parameter left out would not
 * mean "no preference". Where the browser can register tools from script, the island
 * re-registers the same tool (the schema the browser built from the form, descriptions
 * included) with a handler that starts every call from no answers. Where it cannot, an
 * agent's declarative call is answered and the form then goes back to no answers.
 */
import type { Answers } from '../../vocabulary';
import type { Catalog } from '../../lib/picker/catalog';
import { parseAnswers, recommend, toQuery } from '../../lib/picker/rules';
import { viewOf } from '../../lib/picker/view';

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

class DesignPicker extends HTMLElement {
  private catalog!: Catalog;
  private form!: HTMLFormElement;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.form = form;
    this.catalog = JSON.parse(this.dataset.catalog ?? '{}') as Catalog;
    if (this.hasAttribute('data-sync-url')) this.fill(parseAnswers(location.search));
    this.update();
    form.addEventListener('change', () => this.update());
    form.addEventListener('focusin', (event) => this.keepInView(event.target as Element));
    // Reset fires before the fields are cleared; update once they are.
    form.addEventListener('reset', () => setTimeout(() => this.update()));
    const context = (document as unknown as { modelContext?: ModelContext }).modelContext;
    const name = form.getAttribute('toolname');
    if (context?.registerTool && name)
      void context.getTools().then((tools) => {
        const tool = tools.find((t) => t.name === name);
        if (!tool) return;
        form.removeAttribute('toolname');
        context.registerTool({
          name,
          description: tool.description,
          inputSchema: typeof tool.inputSchema === 'string' ? JSON.parse(tool.inputSchema) : tool.inputSchema,
          execute: (args) => {
            this.fill(parseAnswers(args ?? {}));
            return this.update();
          },
        });
      });
    form.addEventListener('submit', (event: AgentSubmitEvent) => {
      event.preventDefault();
      const result = this.update();
      if (event.agentInvoked && event.respondWith) {
        event.respondWith(Promise.resolve(result));
        // Not form.reset(), which would cancel a call still in flight.
        setTimeout(() => {
          this.fill({});
          this.update();
        });
      }
    });
  }

  private answers(): Answers {
    return parseAnswers(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private fill(answers: Answers) {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      input.checked = input.value === (answers[input.name as keyof Answers] ?? '');
  }

  /**
   * Scrolls what just took focus clear of the summary bar and the screen's edges. The
   * page's scroll padding should do it, but WebKit ignores it when an arrow key moves
   * through a question, and Firefox may not scroll the newly chosen answer into view at all.
   */
  private keepInView(target: Element) {
    const box = target.getBoundingClientRect();
    const bar = this.querySelector('[data-testid="picker-summary"]');
    // Only what comes before the bar can be under it: it sticks to the bottom of the screen.
    const barBox =
      bar && bar.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING
        ? bar.getBoundingClientRect()
        : undefined;
    const floor = Math.min(innerHeight, barBox && barBox.height ? barBox.top : innerHeight) - 16;
    const by = box.bottom > floor ? box.bottom - floor : Math.min(0, box.top - 16);
    if (by) scrollBy({ top: by, behavior: 'instant' });
  }

  /** Keeps PickerSummary.astro's bar (where there is one) in step with the result. */
  private summarise(design: string, headline: string, summary: string) {
    const bar = this.querySelector<HTMLElement>('[data-picker-summary]');
    if (!bar) return;
    bar.dataset.design = design;
    const headlineEl = bar.querySelector('[data-bar="headline"]');
    const summaryEl = bar.querySelector('[data-bar="summary"]');
    if (headlineEl) headlineEl.textContent = headline;
    if (summaryEl) summaryEl.textContent = summary;
  }

  private update() {
    const answers = this.answers();
    const result = recommend(answers, this.catalog);
    const view = viewOf(result, this.catalog, answers);
    const root = this.querySelector<HTMLElement>('[data-picker-result]');
    if (!root) return;
    root.dataset.design = view.design;
    // Every slot is rendered by PickerResult.astro; a missing one is a bug worth seeing.
    const slot = (name: string) => root.querySelector<HTMLElement>(`[data-slot="${name}"]`) as HTMLElement;
    const item = (text: string) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    };
    slot('headline').textContent = view.headline;
    slot('summary').textContent = view.summary;
    slot('ranking').replaceChildren(
      ...view.ranking.map((r) => {
        const li = item(`${r.name}: `);
        const verdict = document.createElement('span');
        verdict.className = 'verdict';
        verdict.textContent = r.label;
        li.dataset.design = r.design;
        li.dataset.verdict = verdict.dataset.verdict = r.verdict;
        li.append(verdict);
        return li;
      }),
    );
    slot('reasons').replaceChildren(...view.reasons.map(item));
    const more = slot('more') as HTMLAnchorElement;
    slot('models').replaceChildren(
      ...view.models.map((m) => {
        const a = document.createElement('a');
        a.href = m.href;
        a.textContent = m.name;
        // In the embed, every link opens in a new tab, like the server-rendered "more" link
        // (a new tab's link implies noopener in every current browser).
        a.target = more.target;
        const li = item(`: ${m.reasons}`);
        li.prepend(a);
        return li;
      }),
    );
    more.href = view.moreHref;
    more.textContent = view.moreLabel;
    (slot('share') as HTMLAnchorElement).href = view.shareHref;
    this.summarise(view.design, view.headline, view.summary);
    if (this.hasAttribute('data-sync-url')) {
      const query = toQuery(answers);
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    }
    // What an agent gets: the words a reader sees, no internal points.
    return {
      answers,
      design: view.design,
      summary: view.summary,
      margin: result.margin,
      ranking: view.ranking.map(({ design, name, verdict }) => ({ design, name, verdict })),
      reasons: view.reasons,
      models: view.models,
      link: new URL(view.shareHref, location.origin).href,
    };
  }
}

export function definePicker() {
  if (!customElements.get('design-picker')) customElements.define('design-picker', DesignPicker);
}
