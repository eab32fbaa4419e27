import { describe, expect, it } from 'vitest';
import { expectationProblems } from '../../src/lib/picker/expectations';
import { CATALOG } from './fixtures/catalog';

const scenario = (expect: Record<string, string>, answers = { place: 'office' } as const) => ({
  id: 'office',
  filePath: 'content/scenarios/office.mdx',
  data: { answers, expect: expect as never },
});

describe('expectationProblems', () => {
  it('accepts a scenario whose stated verdicts are the picker’s', () => {
    expect(
      expectationProblems([scenario({ closed: 'best', 'semi-open': 'avoid', open: 'avoid' })], CATALOG),
    ).toEqual([]);
  });

  it('names the file, the design and both verdicts when the picker computes another', () => {
    const problems = expectationProblems(
      [scenario({ closed: 'best', 'semi-open': 'fine', open: 'avoid' })],
      CATALOG,
    );
    expect(problems).toEqual([
      {
        file: 'content/scenarios/office.mdx',
        field: 'expect.semi-open',
        message: expect.stringMatching(/^is "fine" but the picker computes "avoid" for these answers/),
      },
    ]);
  });
});
