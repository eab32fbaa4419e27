/**
 * <design-picker>: enhances the server-rendered form. Reads answers from the URL and the
 * form, re-ranks with the shared picker module, updates the result in place, and keeps
 * the answers in the address bar so a result can be shared. No framework: the whole
 * island, logic included, must stay under 4 KB compressed.
 *
 * What agents use (WebMCP) lives in agentTool.ts, loaded only where the picker is the page's
 * own (AgentTool.astro), so the framed picker on other sites never carries it.
 */
import type { Answers } from '../../vocabulary';
import type { Catalog } from '../../lib/picker/catalog';
import { parseAnswers, recommend, toQuery } from '../../lib/picker/rules';
import { viewOf } from '../../lib/picker/view';

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
    // With script, answering re-ranks in place; the form never needs to be sent.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
  }

  /** Answers the picker from scratch with `input` (a query or an agent's arguments) and says what it shows. */
  answer(input: Record<string, unknown>) {
    this.fill(parseAnswers(input));
    return this.update();
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

  update() {
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
    // For agentTool.ts, which turns it into what an agent gets.
    return { answers, margin: result.margin, view };
  }
}

export function definePicker() {
  if (!customElements.get('design-picker')) customElements.define('design-picker', DesignPicker);
}
