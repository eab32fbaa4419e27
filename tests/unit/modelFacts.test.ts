import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/reader/modelFacts';

describe('factRows', () => {
  it('shows nothing for a model with no published facts', () => {
    expect(factRows(undefined)).toEqual([]);
    expect(factRows({})).toEqual([]);
  });

  it('words each given fact and keeps the source that states it, in a fixed order', () => {
    expect(
      factRows({
        pads: { value: 'velour', source: 'maker-page' },
        wireless: { value: true, source: 'review' },
        anc: { value: false, source: 'review' },
      }),
    ).toEqual([
      { label: 'Connection', value: 'Wireless', source: 'review' },
      { label: 'Noise cancelling', value: 'No', source: 'review' },
      { label: 'Pads', value: 'Velour', source: 'maker-page' },
    ]);
  });

  it('says when an amplifier is advisable and when it is not', () => {
    expect(factRows({ ampAdvisable: { value: true, source: 's' } })[0]?.value).toBe('Advisable');
    expect(factRows({ ampAdvisable: { value: false, source: 's' } })[0]?.value).toBe('Not needed');
  });
});
