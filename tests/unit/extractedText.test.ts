import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJoints } from '../support/extractedText.ts';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'extracted', name), 'utf8');

describe('text extracted without the layout', () => {
  it('runs together wherever only a tag, styled apart, separates two words', () => {
    expect(findJoints(fixture('glued.html')).map((j) => j.joint)).toEqual([
      'The back is sealed.|Ear',
      'The back is sealed.Ear|Driver',
      '4 of 5, Good|Best',
      'More about open-back headphones|Link to this result',
      'Pro|Deeper bass',
    ]);
  });

  it('keeps words apart across a space, a block element or punctuation', () => {
    expect(findJoints(fixture('clean.html'))).toEqual([]);
  });

  it('ignores what is not shown as text: scripts, styles and the head', () => {
    expect(findJoints('<head><title>A</title></head><body><script>x</script><p>B</p></body>')).toEqual([]);
  });
});
