import { describe, expect, it } from 'vitest';
import { matrixRow } from '../../src/lib/picker/matrix';
import { recommend } from '../../src/lib/picker/rules';
import { viewOf } from '../../src/lib/picker/view';
import { CATALOG } from './fixtures/catalog';

describe('viewOf', () => {
  it('names the winner and calls a result with no answers the default', () => {
    const view = viewOf(recommend({}, CATALOG), CATALOG, {});
    expect(view.design).toBe('closed');
    expect(view.headline).toBe('Closed-back');
    expect(view.summary).toMatch(
      /^With no answers that tell the designs apart, closed-back is the safe default/,
    );
    expect(view.shareHref).toBe('/picker/');
  });

  it('states a clear win plainly and links to the winning design', () => {
    const answers = { place: 'office', noise: 'some' } as const;
    const view = viewOf(recommend(answers, CATALOG), CATALOG, answers);
    expect(view.summary).toMatch(/clear fit/);
    expect(view.moreHref).toBe('/designs/closed/');
    expect(view.moreLabel).toBe('More about closed-back headphones');
    expect(view.shareHref).toBe('/picker/?place=office&noise=some');
  });

  it('says when the runner-up is close', () => {
    const answers = { use: 'critical' } as const;
    const result = recommend(answers, CATALOG);
    expect(result.margin).toBe('narrow');
    expect(viewOf(result, CATALOG, answers).summary).toMatch(/only just: semi-open is a close second/);
  });

  it('shows a tie as both designs, and says what it depends on among the questions not yet answered', () => {
    const answers = { hours: 'long' } as const;
    const view = viewOf(recommend(answers, CATALOG), CATALOG, answers);
    expect(view.headline).toBe('Semi-open or open-back');
    expect(view.summary).toBe(
      'Semi-open or open-back: both fit your answers equally, so it depends on where you use them and how noisy it is around you.',
    );
  });

  it('lists every design with its verdict in the agreed words', () => {
    const view = viewOf(recommend({ noise: 'loud' }, CATALOG), CATALOG, { noise: 'loud' });
    expect(view.ranking.map((r) => [r.design, r.verdict, r.label])).toEqual([
      ['closed', 'best', 'Best'],
      ['semi-open', 'avoid', 'Avoid'],
      ['open', 'avoid', 'Avoid'],
    ]);
  });

  it('names an in-ear alternative after the models where over-ears fit badly, linked to its facts', () => {
    const view = viewOf(recommend({ noise: 'loud' }, CATALOG), CATALOG, { noise: 'loud' });
    expect(view.models.at(-1)).toEqual({
      name: 'in-ear-monitor (in-ear alternative)',
      href: '/models/#in-ear-monitor',
      reasons: 'seals in the ear',
    });
  });
});

describe('matrixRow', () => {
  it('gives each design its verdict, in spectrum order', () => {
    const row = matrixRow(recommend({ use: 'recording' }, CATALOG), CATALOG);
    expect(row.map((c) => [c.design, c.verdict])).toEqual([
      ['closed', 'best'],
      ['semi-open', 'avoid'],
      ['open', 'avoid'],
    ]);
    const mixing = matrixRow(recommend({ noise: 'some', use: 'critical' }, CATALOG), CATALOG);
    expect(mixing.map((c) => [c.design, c.verdict])).toEqual([
      ['closed', 'best'],
      ['semi-open', 'fine'],
      ['open', 'fine'],
    ]);
  });

  it('explains a best cell with a reason for it, an avoided cell with its rule, and a fine cell not at all, as statements, not as answers', () => {
    const row = matrixRow(recommend({ use: 'recording' }, CATALOG), CATALOG);
    expect(row[0]?.reason).toMatch(/^You record with a microphone: a closed-back/);
    expect(row[1]?.reason).toMatch(/^You record with a microphone: a semi-open pair still leaks/);
    expect(row[2]?.reason).toMatch(/^You record with a microphone: an open-back leaks/);
    const mixing = matrixRow(recommend({ noise: 'some', use: 'critical' }, CATALOG), CATALOG);
    expect(mixing[0]?.reason).toMatch(/^There is some noise around you: /);
    expect(mixing[1]?.reason).toBeUndefined();
    expect(mixing[2]?.reason).toBeUndefined();
  });
});
