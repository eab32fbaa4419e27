import { describe, expect, it } from 'vitest';
import { uniqueSvgPrefix } from '../../src/lib/reader/svgIds';

describe('uniqueSvgPrefix', () => {
  it('gives the prefix asked for the first time in a render', () => {
    expect(uniqueSvgPrefix({}, 'cup-open')).toBe('cup-open');
  });

  it('numbers a prefix already taken in the same render', () => {
    const locals = {};
    expect([1, 2, 3].map(() => uniqueSvgPrefix(locals, 'cup-open'))).toEqual([
      'cup-open',
      'cup-open-2',
      'cup-open-3',
    ]);
  });

  it('starts afresh in another render', () => {
    uniqueSvgPrefix({}, 'chart');
    expect(uniqueSvgPrefix({}, 'chart')).toBe('chart');
  });
});
