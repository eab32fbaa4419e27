/**
 * <design-picker>: enhances the server-rendered form. Reads answers from the URL and the
 * form, re-ranks with the shared picker module, updates the result in place, and keeps
 * the answers in the address bar so a result can be shared. No framework: the whole
 * island, logic included, must stay under 4 KB compressed.
 */
import { QUESTION_KEYS, type Answers } from '../../lib/answers';
import type { Catalog } from '../../lib/catalog';
import { parseAnswers, recommend, toQuery } from '../../lib/picker';
import { viewOf } from '../../lib/pickerView';

type AgentSubmitEvent = SubmitEvent & {
  agentInvoked?: boolean;
  respondWith?: (response: Promise<unknown>) => void;
};

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
    // Reset fires before the fields are cleared; update once they are.
    form.addEventListener('reset', () => setTimeout(() => this.update()));
    form.addEventListener('submit', (event: AgentSubmitEvent) => {
      event.preventDefault();
      const result = this.update();
      if (event.agentInvoked && event.respondWith) event.respondWith(Promise.resolve(result));
    });
  }

  private answers(): Answers {
    return parseAnswers(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private fill(answers: Answers) {
    for (const question of QUESTION_KEYS) {
      const value = answers[question] ?? '';
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)) {
        input.checked = input.value === value;
      }
    }
  }

  /** A ranking entry as PickerResult.astro renders it: the name, then the shared verdict badge. */
  private rankItem(design: string, verdict: 'best' | 'fine' | 'avoid') {
    const li = document.createElement('li');
    const badge = document.createElement('span');
    li.dataset.verdict = badge.dataset.verdict = verdict;
    badge.className = 'verdict';
    badge.textContent = { best: 'Best', fine: 'Fine', avoid: 'Avoid' }[verdict];
    li.append(`${this.catalog.designs.find((d) => d.id === design)?.name ?? design} `, badge);
    return li;
  }

  /** Keeps PickerSummary.astro's bar (where there is one) in step with the result. */
  private summarise(design: string, headline: string, summary: string) {
    const bar = this.querySelector<HTMLElement>('[data-testid="picker-summary"]');
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
    const root = this.querySelector<HTMLElement>('[data-testid="picker-result"]');
    if (!root) return;
    root.dataset.design = view.design;
    // Every slot is rendered by PickerResult.astro; a missing one is a bug worth seeing.
    const slot = (name: string) => root.querySelector<HTMLElement>(`[data-slot="${name}"]`) as HTMLElement;
    slot('headline').textContent = view.headline;
    slot('summary').textContent = view.summary;
    const list = (name: string, items: string[]) =>
      slot(name).replaceChildren(
        ...items.map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
    slot('ranking').replaceChildren(...view.ranking.map((r) => this.rankItem(r.design, r.verdict)));
    list('reasons', view.reasons);
    list('models', view.models);
    const more = slot('more') as HTMLAnchorElement;
    more.href = view.moreHref;
    more.textContent = `More about ${view.headline.toLowerCase()} headphones`;
    (slot('share') as HTMLAnchorElement).href = view.shareHref;
    this.summarise(view.design, view.headline, view.summary);
    if (this.hasAttribute('data-sync-url')) {
      const query = toQuery(answers);
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    }
    return {
      answers,
      ranking: result.ranking,
      reasons: view.reasons,
      models: view.models,
      link: view.shareHref,
    };
  }
}

export function definePicker() {
  if (!customElements.get('design-picker')) customElements.define('design-picker', DesignPicker);
}
