/**
 * What the reader's pages say and link to, read from the built HTML: no browser needed.
 * The browser tests (e2e/reader.spec.ts, e2e/scenarios.spec.ts, e2e/guide.spec.ts,
 * e2e/compare.spec.ts) keep what needs one: layout, what is in view, scrolling, clicks.
 * Rules only: ids, names and counts come from the content, the vocabulary and the catalog
 * the picker page embeds, never from this file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommend, parseAnswers } from '../../src/lib/picker/rules';
import { ratingText, ratingWord } from '../../src/lib/reader/ratings';
import { bestNames } from '../../src/lib/reader/view';
import {
  COMPARE_URL,
  designUrl,
  FAQ_URL,
  GLOSSARY_URL,
  GUIDE_URL,
  HOME_URL,
  PICKER_URL,
  scenarioUrl,
  SITUATIONS_URL,
} from '../../src/lib/routes/urls';
import { type Answers, ATTRIBUTE_KEYS, ATTRIBUTES, RATING_MAX, RATING_MIN } from '../../src/vocabulary';
import { CATALOG, frontMatter, hiddenByMarkup, PAGES, pageAt, textOf } from './dist';

const scenarios = frontMatter<{ answers: Answers; label: string }>('scenarios');
const designs = frontMatter<{ design: string; pros: { text: string }[]; cons: { text: string }[] }>(
  'designs',
);
const models = frontMatter<{ design: string }>('models');
const terms = frontMatter<object>('glossary');
const paths = PAGES.map((p) => p.path);
const pairPaths = paths.filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p));
const designName = (id: string) => CATALOG.designs.find((d) => d.id === id)!.name;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

describe('the home page', () => {
  it('links to the full guide, every situation and every pair comparison', () => {
    const hrefs = pageAt(HOME_URL)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    const expected = [GUIDE_URL, SITUATIONS_URL, PICKER_URL, COMPARE_URL, FAQ_URL, ...pairPaths];
    for (const path of [...expected, ...scenarios.map((s) => scenarioUrl(s.id))])
      expect(hrefs, path).toContain(path);
  });
});

describe('the situations', () => {
  it('each have a page of their own', () => {
    const missing = scenarios.map((s) => scenarioUrl(s.id)).filter((path) => !paths.includes(path));
    expect(missing).toEqual([]);
  });

  it('are each listed on /for/ as a tile with the picker’s verdict and a link to the page', () => {
    const list = pageAt(SITUATIONS_URL);
    for (const scenario of scenarios) {
      const tile = list.querySelector(`[data-situation="${scenario.id}"]`);
      expect(tile, scenario.id).not.toBeNull();
      expect(tile!.getAttribute('data-design-tone'), scenario.id).toBe(
        recommend(scenario.answers, CATALOG).winner,
      );
      const link = tile!.querySelector(`a[href="${scenarioUrl(scenario.id)}"]`);
      expect(link, scenario.id).not.toBeNull();
      expect(hiddenByMarkup(link!), scenario.id).toBe(false);
    }
  });

  for (const scenario of scenarios) {
    describe(`the page ${scenarioUrl(scenario.id)}`, () => {
      const page = pageAt(scenarioUrl(scenario.id));
      const result = recommend(scenario.answers, CATALOG);

      it('states the picker’s own result for its answers', () => {
        expect(page.querySelector('[data-testid="picker-result"]')?.getAttribute('data-design')).toBe(
          result.winner,
        );
      });

      it('opens with its verdict in fixed words, naming every best design, right under the heading', () => {
        // Every best design is named, so a tie reads as a tie ("closed-back or open-back").
        const best = result.ranking.filter((r) => r.verdict === 'best').map((r) => designName(r.design));
        const verdict = page.querySelector('[data-situation-verdict]');
        expect(textOf(verdict)).toBe(`${scenario.label}: ${bestNames(best).toLowerCase()}`);
        const h1 = page.querySelector('h1')!;
        expect(h1.nextElementSibling?.querySelector('[data-situation-verdict]')).toBe(verdict);
      });

      it('links to the picker with exactly its answers', () => {
        const href = page.querySelector('[data-picker-link]')?.getAttribute('href') ?? '';
        expect(new URL(href, 'http://x').pathname).toBe(PICKER_URL);
        expect(parseAnswers(new URL(href, 'http://x').search)).toEqual(scenario.answers);
      });
    });
  }
});

it('no page outside the picker addresses the reader with "you chose" or "you said"', () => {
  const offenders = PAGES.filter((p) => {
    const html = readFileSync(p.file, 'utf8');
    return (
      !/data-island=/.test(html) &&
      /you (?:chose|said)\b/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))
    );
  }).map((p) => p.path);
  expect(offenders).toEqual([]);
});

describe('the pair pages', () => {
  it('exist for every pair of designs', () => {
    const pairs = (CATALOG.designs.length * (CATALOG.designs.length - 1)) / 2;
    expect(pairPaths).toHaveLength(pairs);
  });

  for (const path of pairPaths) {
    it(`${path} opens with "choose … if" for each of its two designs, with their cups, and links to the picker`, () => {
      const page = pageAt(path);
      const verdict = page.querySelector('[data-pair-verdict]')!;
      const choose = verdict.querySelectorAll(HEADINGS).filter((h) => /^Choose .+ if/.test(textOf(h)));
      expect(choose).toHaveLength(2);
      expect(verdict.querySelectorAll('figure svg[role="img"]')).toHaveLength(2);
      expect(page.querySelector(`main a[href="${PICKER_URL}"]`)).not.toBeNull();
    });
  }
});

describe('the design pages', () => {
  for (const design of designs) {
    describe(`the page ${designUrl(design.design)}`, () => {
      const page = pageAt(designUrl(design.design));

      it('links to its pair comparisons and the picker', () => {
        const links = page.querySelector('[data-design-links]')!;
        expect(links.querySelector(`a[href="${PICKER_URL}"]`)).not.toBeNull();
        const pairs = pairPaths.filter(
          (p) => p.includes(`/${design.design}-vs-`) || p.endsWith(`-vs-${design.design}/`),
        );
        expect(pairs).toHaveLength(CATALOG.designs.length - 1);
        for (const pair of pairs) {
          const link = links.querySelector(`a[href="${pair}"]`);
          expect(link, pair).not.toBeNull();
          expect(hiddenByMarkup(link!), pair).toBe(false);
        }
      });

      it('shows every pro and con of its file, and every model of its design', () => {
        const list = (kind: string) =>
          page
            .querySelectorAll(`[data-pros-cons="${design.design}"] [data-kind="${kind}"] li`)
            .map((li) => textOf(li));
        for (const pro of design.pros)
          expect(
            list('pro').some((t) => t.includes(pro.text)),
            pro.text,
          ).toBe(true);
        for (const con of design.cons)
          expect(
            list('con').some((t) => t.includes(con.text)),
            con.text,
          ).toBe(true);
        for (const model of models.filter((m) => m.design === design.design))
          expect(page.querySelector(`[data-model="${model.id}"]`), model.id).not.toBeNull();
      });
    });
  }
});

it('the glossary gives every term an anchor of its own', () => {
  const page = pageAt(GLOSSARY_URL);
  const anchors = page.querySelectorAll('dl > div[id]').map((div) => div.id);
  expect(anchors.sort()).toEqual(terms.map((t) => t.id).sort());
});

describe('the comparison page', () => {
  const page = pageAt(COMPARE_URL);
  const table = page.querySelector('[data-comparison-table] table')!;
  const attributeLabels = ATTRIBUTE_KEYS.map((key) => ATTRIBUTES[key]);

  it('has a comparison table with a caption, a column per design and a row per attribute', () => {
    expect(textOf(table.querySelector('caption'))).toMatch(/rated from 1/);
    expect(table.querySelectorAll('thead th[scope="col"]').map(textOf)).toEqual([
      'Attribute',
      ...CATALOG.designs.map((d) => d.name),
    ]);
    expect(table.querySelectorAll('th[scope="row"]').map(textOf)).toEqual(attributeLabels);
  });

  it('gives every rating its score and its word in text', () => {
    const cells = page.querySelectorAll('[data-comparison-table] td');
    expect(cells).toHaveLength(CATALOG.designs.length * ATTRIBUTE_KEYS.length);
    const scores = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
    const words = new RegExp(`(${scores.map((s) => `${ratingText(s)}, ${ratingWord(s)}`).join('|')})`);
    for (const cell of cells) expect(textOf(cell)).toMatch(words);
  });

  it('says in words what every cup diagram shows', () => {
    const diagrams = page.querySelectorAll('figure svg[role="img"]');
    expect(diagrams).toHaveLength(CATALOG.designs.length);
    for (const svg of diagrams) {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = ids.map((id) => textOf(page.getElementById(id))).join(' ');
      expect(name.length).toBeGreaterThan(40);
    }
  });

  it('gives the ratings chart the same numbers as a table', () => {
    const figure = page
      .querySelectorAll('figure')
      .filter((f) => f.querySelector('svg[aria-hidden="true"]') && /out of 5/i.test(textOf(f)));
    expect(figure).toHaveLength(1);
    expect(figure[0]!.querySelectorAll('table')).toHaveLength(1);
    expect(figure[0]!.querySelectorAll('table th[scope="row"]').map(textOf)).toEqual(attributeLabels);
  });

  it('gives every situation a row in the matrix, with a verdict for each design and at least one best', () => {
    const rows = page.querySelectorAll('[data-scenario-matrix] tbody tr');
    expect(rows).toHaveLength(scenarios.length);
    for (const row of rows) {
      const verdicts = row.querySelectorAll('td').map((td) => td.getAttribute('data-verdict'));
      expect(verdicts).toHaveLength(CATALOG.designs.length);
      for (const verdict of verdicts) expect(['best', 'fine', 'avoid']).toContain(verdict);
      // An exact tie has two.
      expect(verdicts).toContain('best');
    }
  });
});

describe('every page', () => {
  for (const { path } of PAGES) {
    it(`${path} writes each verdict out in words on the shared verdict markup`, () => {
      for (const verdict of pageAt(path).querySelectorAll('main .verdict')) {
        const kind = verdict.getAttribute('data-verdict') ?? '';
        expect(['best', 'fine', 'avoid']).toContain(kind);
        expect(textOf(verdict)).toBe(kind.charAt(0).toUpperCase() + kind.slice(1));
      }
    });

    it(`${path} hides its pictures that only decorate from assistive technology`, () => {
      const exposed = pageAt(path)
        .querySelectorAll('main svg:not([role="img"])')
        .filter((svg) => svg.closest('[aria-hidden="true"]') === null)
        .map((svg) => svg.outerHTML.slice(0, 80));
      expect(exposed).toEqual([]);
    });
  }

  it('that shows verdicts uses the shared markup: the comparison, the situations and each situation', () => {
    for (const path of [COMPARE_URL, SITUATIONS_URL, ...scenarios.map((s) => scenarioUrl(s.id))])
      expect(pageAt(path).querySelectorAll('main .verdict').length, path).toBeGreaterThan(0);
  });
});

describe('the not-found page', () => {
  const page = pageAt('/404.html');

  it('says the page was not found', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Page not found');
  });

  it('offers the picker and the main destinations', () => {
    const main = page.querySelector('main')!;
    for (const href of [PICKER_URL, HOME_URL, GUIDE_URL, COMPARE_URL, SITUATIONS_URL, FAQ_URL]) {
      const link = main.querySelector(`a[href="${href}"]`);
      expect(link, href).not.toBeNull();
      expect(hiddenByMarkup(link!), href).toBe(false);
    }
  });
});
