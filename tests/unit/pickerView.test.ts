import { describe, expect, it } from 'vitest';
import { matrixRow } from '../../src/lib/matrix';
import { recommend } from '../../src/lib/picker';
import { viewOf } from '../../src/lib/pickerView';
import { CATALOG } from './fixtures/catalog';

describe('viewOf', () => {
  it('names the winner and calls a result with no answers a default', () => {
    const view = viewOf(recommend({}, CATALOG), CATALOG, {});
    expect(view.design).toBe('closed');
    expect(view.headline).toBe('Closed-back');
    expect(view.summary).toMatch(/no answers yet/i);
    expect(view.shareHref).toBe('/picker/');
  });

  it('states a clear win plainly and links to the winning design', () => {
    const answers = { place: 'office', noise: 'some' } as const;
    const view = viewOf(recommend(answers, CATALOG), CATALOG, answers);
    expect(view.summary).toMatch(/clear fit/);
    expect(view.moreHref).toBe('/designs/closed/');
    expect(view.shareHref).toBe('/picker/?place=office&noise=some');
  });

  it('says when the runner-up is close', () => {
    const answers = { place: 'home', noise: 'quiet', use: 'music' } as const;
    const result = recommend(answers, CATALOG);
    expect(result.margin).toBe('narrow');
    expect(viewOf(result, CATALOG, answers).summary).toMatch(/only just/);
  });

  it('ties each reason to the answer that caused it, in the words the form used', () => {
    const answers = { use: 'recording' } as const;
    const view = viewOf(recommend(answers, CATALOG), CATALOG, answers);
    expect(view.reasons.length).toBeGreaterThan(0);
    expect(view.reasons.every((r) => r.includes('(you chose “Record with a microphone”)'))).toBe(true);
    expect(view.reasons.some((r) => r.startsWith('Against '))).toBe(true);
  });

  it('lists every design in the ranking with its verdict', () => {
    const view = viewOf(recommend({ noise: 'loud' }, CATALOG), CATALOG, { noise: 'loud' });
    expect(view.ranking.map((r) => r.verdict)).toEqual(['best', 'avoid', 'avoid']);
    expect(view.ranking[0]!.text).toBe('Closed-back: best fit');
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
  });

  it('explains a best cell with a pro and an avoided cell with a con', () => {
    const row = matrixRow(recommend({ use: 'recording' }, CATALOG), CATALOG);
    const pointText = (id: string) => CATALOG.designs.flatMap((d) => d.points).find((p) => p.id === id)?.text;
    const closed = row.find((c) => c.design === 'closed')!;
    const open = row.find((c) => c.design === 'open')!;
    expect(CATALOG.designs[0]!.points.filter((p) => p.kind === 'pro').map((p) => p.text)).toContain(
      closed.reason,
    );
    expect(open.reason).toBe(pointText('open-mic-bleed'));
  });
});
