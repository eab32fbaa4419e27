import { describe, expect, it } from 'vitest';
import { componentPropProblems } from '../../src/lib/content/componentProps';
import { parseProps, propProblems } from '../../src/schemas/components';

const FILE = 'content/designs/closed.mdx';

describe('component props in MDX', () => {
  it('accepts a Callout with a known kind and a title', () => {
    expect(propProblems('Callout', { kind: 'tip', title: 'Warm ears' })).toEqual([]);
    expect(
      componentPropProblems('Text.\n\n<Callout kind="tip" title="Warm ears">\nBody.\n</Callout>\n', FILE),
    ).toEqual([]);
  });

  it('names the file, the line, the prop and the allowed kinds for an unknown Callout kind', () => {
    const body = 'Para one.\n\nPara two.\n\n<Callout kind="danger" title="Loud">\nText.\n</Callout>\n';
    expect(componentPropProblems(body, FILE)).toEqual([
      {
        file: FILE,
        field: 'line 5 of the body',
        message: expect.stringMatching(/^<Callout> kind: .*"tip"\|"note"\|"warning"/),
      },
    ]);
  });

  it('refuses a Callout with no title', () => {
    expect(componentPropProblems('<Callout kind="tip">x</Callout>', FILE)[0]?.message).toMatch(/title/);
  });

  it('leaves a tag with a prop written as an expression to the check at render', () => {
    expect(componentPropProblems('<Callout kind={kind} title="x">y</Callout>', FILE)).toEqual([]);
  });

  it('ignores tags that are not checked components, and prose that mentions one', () => {
    expect(componentPropProblems('<Cite id="x" /> and a <Calloutish kind="x">', FILE)).toEqual([]);
  });

  it('stops a render with props it cannot use, naming where', () => {
    expect(() => parseProps('Callout', { kind: 'danger', title: 'x' }, 'The page /designs/open/')).toThrow(
      /^The page \/designs\/open\/: <Callout> kind/,
    );
    expect(parseProps('Callout', { title: 'x' }, 'here')).toEqual({ kind: 'note', title: 'x' });
  });
});
