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
    const list = (name: string, items: string[], verdicts?: string[]) =>
      slot(name).replaceChildren(
        ...items.map((text, i) => {
          const li = document.createElement('li');
          li.textContent = text;
          if (verdicts?.[i]) li.dataset.verdict = verdicts[i];
          return li;
        }),
      );
    list(
      'ranking',
      view.ranking.map((r) => r.text),
      view.ranking.map((r) => r.verdict),
    );
    list('reasons', view.reasons);
    list('models', view.models);
    const more = slot('more') as HTMLAnchorElement;
    more.href = view.moreHref;
    more.textContent = `More about ${view.headline.toLowerCase()} headphones`;
    (slot('share') as HTMLAnchorElement).href = view.shareHref;
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
