import { describe, expect, it } from 'vitest';
import type { DesignId } from '../../src/vocabulary';
import { buildCatalog, type DesignEntry, type ModelEntry } from '../../src/lib/picker/catalog';
import { WORDS } from '../../src/lib/picker/words';
import { ATTRIBUTE_KEYS } from '../../src/vocabulary';
import { designSchema } from '../../src/schemas/designs';
import { TIERS } from '../../src/vocabulary';
import { type ModelData } from '../../src/schemas/models';
import { RATINGS } from './fixtures/catalog';

const INDEX: Record<DesignId, number> = { closed: 0, 'semi-open': 1, open: 2 };

/** A design entry that passes the real schema, so buildCatalog sees what the build hands it. */
function design(id: DesignId, order: number): DesignEntry {
  return {
    id,
    data: designSchema.parse({
      name: `${id} name`,
      shortName: `${id} short`.slice(0, 12),
      design: id,
      summary: `The ${id} design in one sentence for tests.`,
      description: `A description of the ${id} design that is long enough for the schema.`,
      order,
      shinesFor: ['somewhere'],
      avoidFor: ['elsewhere'],
      pros: [
        { id: `${id}-pro-a`, text: `${id} pro a`, aspect: 'sound', detail: 'A longer explanation.' },
        { id: `${id}-pro-b`, text: `${id} pro b`, aspect: 'comfort' },
      ],
      cons: [{ id: `${id}-con-a`, text: `${id} con a`, aspect: 'leakage' }],
      ratings: Object.fromEntries(
        ATTRIBUTE_KEYS.map((a) => [
          a,
          { score: RATINGS[a][INDEX[id]], reason: `Why ${id} earns this.`, source: 'judgement' },
        ]),
      ),
      published: '2026-11-24',
    }),
  };
}

function model(id: string, brand: string, name: string, tier: ModelData['tier'], design: string): ModelEntry {
  return {
    id,
    data: {
      brand,
      model: name,
      tier,
      goodFor: ['tests'],
      note: 'A model for the catalog tests.',
      kind: { value: 'over-ear', source: 's' },
      facts: {},
      sources: [],
      // A design the schema would refuse, to test that buildCatalog refuses it too.
      design: { value: design as ModelData['design']['value'], source: 's' },
    },
  };
}

describe('buildCatalog', () => {
  const catalog = buildCatalog(
    [design('open', 3), design('closed', 1), design('semi-open', 2)],
    [
      model('audeze-lcd-5', 'Audeze', 'LCD-5', 'high-end', 'open'),
      model('sennheiser-hd-600', 'Sennheiser', 'HD 600', 'mid', 'open'),
      model('beyerdynamic-dt-990-pro', 'Beyerdynamic', 'DT 990 PRO', 'budget', 'open'),
      model('akg-k240-studio', 'AKG', 'K240 Studio', 'budget', 'semi-open'),
      model('beyerdynamic-dt-770-pro', 'Beyerdynamic', 'DT 770 PRO', 'budget', 'closed'),
    ],
  );

  it('orders the designs closed, semi-open, open whatever order they arrive in', () => {
    expect(catalog.designs.map((d) => d.id)).toEqual(['closed', 'semi-open', 'open']);
  });

  it('keeps each design’s names and nothing the picker does not use', () => {
    expect(catalog.designs[2]).toEqual({ id: 'open', name: 'open name', shortName: 'open short' });
  });

  it('carries the picker’s words, so the island gets them as data rather than code', () => {
    expect(catalog.words).toBe(WORDS);
  });

  it('carries the needs each model meets, with their words, only from facts a model states', () => {
    const withFacts = model('sony-wh-1000xm6', 'Sony', 'WH-1000XM6', 'high-end', 'closed');
    withFacts.data.facts = {
      anc: { value: true, source: 's' },
      pads: { value: 'velour', source: 's' },
      waterRating: { value: 'IPX4', source: 's' },
      folds: { value: true, source: 's' },
    };
    const inEar = model('shure-se215', 'Shure', 'SE215', 'budget', 'closed');
    inEar.data.kind = { value: 'in-ear', source: 's' };
    const unknownKind = model('no-kind', 'Brand', 'Unknown', 'mid', 'closed');
    delete unknownKind.data.kind;
    const built = buildCatalog([], [withFacts, inEar, unknownKind]).models;
    expect(built.find((m) => m.id === 'sony-wh-1000xm6')).toEqual({
      id: 'sony-wh-1000xm6',
      name: 'Sony WH-1000XM6',
      design: 'closed',
      tier: 'high-end',
      kind: 'over-ear',
      meets: 'sealed anc folds all-day sweat-rated',
      words: 'closed back|noise cancelling|folds|around the ear|IPX4 sweat rating',
      ip: 'IPX4',
    });
    expect(built.find((m) => m.id === 'shure-se215')).toMatchObject({
      kind: 'in-ear',
      meets: 'sealed secure no-velour',
    });
    expect(built.find((m) => m.id === 'no-kind')).toMatchObject({ meets: 'sealed' });
    expect(built.find((m) => m.id === 'no-kind')).not.toHaveProperty('kind');
  });

  it('sorts the models budget tier first, then by full name', () => {
    expect(catalog.models.map((m) => m.id)).toEqual([
      'akg-k240-studio',
      'beyerdynamic-dt-770-pro',
      'beyerdynamic-dt-990-pro',
      'sennheiser-hd-600',
      'audeze-lcd-5',
    ]);
  });

  it('names each model by brand and model, with its design', () => {
    expect(catalog.models.find((m) => m.id === 'beyerdynamic-dt-990-pro')).toMatchObject({
      id: 'beyerdynamic-dt-990-pro',
      name: 'Beyerdynamic DT 990 PRO',
      design: 'open',
      tier: 'budget',
    });
    expect(catalog.models.find((m) => m.id === 'sennheiser-hd-600')?.design).toBe('open');
  });

  it('survives serializing into the page unchanged', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });

  it('ranks tiers in the schema’s order', () => {
    const catalogTiers = buildCatalog(
      [],
      [...TIERS].reverse().map((tier) => model(`m-${tier}`, 'Brand', 'Same', tier, 'open')),
    ).models.map((m) => m.tier);
    expect(catalogTiers).toEqual(TIERS);
  });

  it('refuses a model whose design is not one of the three, naming the file', () => {
    expect(() => buildCatalog([], [model('odd', 'Brand', 'Odd', 'mid', 'half-open')])).toThrow(
      /content\/models\/odd: unknown design "half-open"/,
    );
  });
});
