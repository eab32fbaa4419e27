import { describe, expect, it } from 'vitest';
import { byOrder, formatProblems, sortModels } from '../../src/lib/content/entries';
import { type ContentSet, findContentProblems } from '../../src/lib/content/references';

const entry = <D>(id: string, data: D, extra: { body?: string; filePath?: string } = {}) => ({
  id,
  data,
  ...extra,
});

function validSet(): ContentSet {
  return {
    designs: [entry('closed', { design: 'closed' }), entry('open', { design: 'open' })],
    guide: [entry('intro', { order: 1 }, { body: '<ProsCons design="open" /> <Cite id="rtings" />' })],
    models: [
      entry('m1', {
        design: { value: 'open', source: 'rtings' },
        sources: ['rtings'],
        brand: 'Brand',
        model: 'One',
      }),
    ],
    faq: [entry('q1', { order: 1 }), entry('q2', { order: 2 })],
    glossary: [entry('soundstage', { seeAlso: ['leakage'] }), entry('leakage', { seeAlso: [] })],
    sources: [entry('rtings', {})],
    scenarios: [],
  };
}

describe('byOrder', () => {
  it('sorts entries by their order field', () => {
    const sorted = byOrder([entry('b', { order: 2 }), entry('a', { order: 1 })]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('breaks ties by id so the output never depends on file system order', () => {
    const sorted = byOrder([entry('b', { order: 1 }), entry('a', { order: 1 })]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('leaves its input untouched', () => {
    const input = [entry('b', { order: 2 }), entry('a', { order: 1 })];
    byOrder(input);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('sortModels', () => {
  it('puts budget models first, then mid-range, then high-end, each by name', () => {
    const models = [
      entry('x', { tier: 'high-end' as const, brand: 'Audeze', model: 'LCD-5' }),
      entry('y', { tier: 'budget' as const, brand: 'Sony', model: 'MDR-7506' }),
      entry('z', { tier: 'budget' as const, brand: 'Beyerdynamic', model: 'DT 770 PRO' }),
      entry('w', { tier: 'mid' as const, brand: 'Sennheiser', model: 'HD 600' }),
    ];
    expect(sortModels(models).map((m) => m.id)).toEqual(['z', 'y', 'w', 'x']);
  });
});

describe('findContentProblems', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(findContentProblems(validSet())).toEqual([]);
  });

  const cases: { name: string; change: (set: ContentSet) => ContentSet; field: string; message: RegExp }[] = [
    {
      name: 'a model whose design does not exist',
      change: (s) => ({
        ...s,
        models: [
          entry('m1', { design: { value: 'half', source: 'rtings' }, sources: [], brand: 'B', model: 'M' }),
        ],
      }),
      field: 'design.value',
      message: /"half" is not a design; use one of: closed, open/,
    },
    {
      name: 'a model citing an unknown source',
      change: (s) => ({
        ...s,
        models: [
          entry('m1', {
            design: { value: 'open', source: 'rtings' },
            sources: ['nope'],
            brand: 'B',
            model: 'M',
          }),
        ],
      }),
      field: 'sources[0]',
      message: /"nope" is not a source/,
    },
    {
      name: 'the same model described twice',
      change: (s) => ({
        ...s,
        models: [
          entry('m1', { design: { value: 'open', source: 'rtings' }, sources: [], brand: 'B', model: 'M' }),
          entry('m2', { design: { value: 'open', source: 'rtings' }, sources: [], brand: 'b', model: 'm' }),
        ],
      }),
      field: 'model',
      message: /already described/,
    },
    {
      name: 'a glossary entry pointing at a missing term',
      change: (s) => ({ ...s, glossary: [entry('soundstage', { seeAlso: ['ghost'] })] }),
      field: 'seeAlso[0]',
      message: /"ghost" is not a glossary entry/,
    },
    {
      name: 'a citation of a source that does not exist',
      change: (s) => ({ ...s, guide: [entry('a', { order: 1 }, { body: 'Claim <Cite id="ghost" />.' })] }),
      field: 'body <Cite id>',
      message: /"ghost" is not in sources/,
    },
    {
      name: 'a component naming a design that does not exist',
      change: (s) => ({ ...s, guide: [entry('a', { order: 1 }, { body: '<CupDiagram design="half" />' })] }),
      field: 'body design=',
      message: /"half" is not in designs/,
    },
    {
      name: 'a design file whose name and design field differ',
      change: (s) => ({
        ...s,
        designs: [entry('closed', { design: 'open' }), entry('open', { design: 'open' })],
      }),
      field: 'design',
      message: /the file is named "closed"/,
    },
  ];

  it.each(cases)('reports $name with the field to fix', ({ change, field, message }) => {
    const problems = findContentProblems(change(validSet()));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toMatch(message);
  });

  it('names the file by its path when the loader knows it', () => {
    const set = validSet();
    const problems = findContentProblems({
      ...set,
      glossary: [
        entry('soundstage', { seeAlso: ['ghost'] }, { filePath: 'content/glossary/soundstage.yaml' }),
      ],
    });
    expect(problems[0]!.file).toBe('content/glossary/soundstage.yaml');
  });
});

describe('formatProblems', () => {
  it('puts each problem on its own line as file, field and message', () => {
    const text = formatProblems([
      { file: 'content/a.yaml', field: 'x', message: 'is wrong' },
      { file: 'content/b.yaml', field: 'y', message: 'is missing' },
    ]);
    expect(text).toBe(
      'The content has 2 problems:\n  content/a.yaml → x: is wrong\n  content/b.yaml → y: is missing',
    );
  });
});
