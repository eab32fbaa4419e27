/**
 * The model ranking (src/lib/models/rank.ts) keeps its rules on any catalogue and any needs,
 * on every situation in the content, and the build's checks on situations can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DESIGN_IDS, KINDS, NEED_IDS, type Need, type Needs, TIERS } from '../../src/vocabulary';
import { meets, rankModels, type Rankable, reasonOf } from '../../src/lib/models/rank';
import { situationModelProblems } from '../../src/lib/models/situationModels';
import { recommend } from '../../src/lib/picker/rules';
import { CONTENT_ROOT, realCatalog } from './fixtures/catalog';
import { rankingBreaks } from './rankingRules';

const modelArb = fc.record({
  design: fc.constantFrom(...DESIGN_IDS),
  kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
  tier: fc.constantFrom(...TIERS),
  met: fc.subarray(NEED_IDS),
  db: fc.option(fc.integer({ min: 10, max: 35 }), { nil: undefined }),
});
const catalogArb = fc.array(modelArb, { maxLength: 14 }).map((list) =>
  list.map((m, i): Rankable => ({
    id: `m${i}`,
    design: m.design,
    ...(m.kind ? { kind: m.kind } : {}),
    tier: m.tier,
    meets: m.met.join(' '),
    words: m.met.map((n) => `word for ${n}`).join('|'),
    ...(m.db ? { db: m.db } : {}),
  })),
);
const needsArb = fc
  .record({ must: fc.subarray(NEED_IDS), nice: fc.subarray(NEED_IDS), alternative: fc.boolean() })
  .map((n): Needs => ({ ...n, nice: n.nice.filter((x) => !n.must.includes(x)) }));
const designsArb = fc.subarray([...DESIGN_IDS], { minLength: 1 });

describe('rankModels', () => {
  it('keeps every ranking rule on any catalogue, any needs and any best designs', () => {
    fc.assert(
      fc.property(
        catalogArb,
        needsArb,
        designsArb,
        fc.subarray([...TIERS]),
        (catalog, needs, designs, tiers) => {
          expect(
            rankingBreaks(catalog, needs, designs, rankModels(catalog, needs, { designs, tiers })),
          ).toEqual([]);
        },
      ),
    );
  });

  it('puts models in the budget first among models that meet the same needs', () => {
    fc.assert(
      fc.property(catalogArb, needsArb, designsArb, (catalog, needs, designs) => {
        const shown = rankModels(catalog, needs, { designs, tiers: ['budget'] }).models.map((r) => r.model);
        const order: Need[] = [...needs.must, ...needs.nice];
        const same = (a: Rankable, b: Rankable) =>
          order.every((n) => meets(a, n) === meets(b, n)) &&
          (!order.includes('attenuation') || a.db === b.db);
        shown.forEach((m, i) => {
          const next = shown[i + 1];
          if (next && same(m, next)) expect(m.tier === 'budget' || next.tier !== 'budget').toBe(true);
        });
      }),
    );
  });

  it('gives each reason the words the catalog carries for that need', () => {
    const model: Rankable = {
      id: 'x',
      design: 'closed',
      tier: 'mid',
      meets: 'sealed anc',
      words: 'closed back|noise cancelling',
    };
    expect(reasonOf(model, 'anc')).toBe('noise cancelling');
    expect(reasonOf(model, 'sealed')).toBe('closed back');
  });

  it('is caught by the rules when it breaks them', () => {
    const a: Rankable = { id: 'a', design: 'closed', tier: 'mid', meets: 'sealed anc', words: 'x|y' };
    const b: Rankable = { id: 'b', design: 'closed', tier: 'mid', meets: 'sealed', words: 'x' };
    const c: Rankable = { id: 'c', design: 'closed', tier: 'mid', kind: 'over-ear', meets: '', words: '' };
    const d: Rankable = { id: 'd', design: 'open', tier: 'mid', kind: 'in-ear', meets: 'sealed', words: 'x' };
    const needs: Needs = { must: ['sealed'], nice: ['anc'], alternative: true };
    // c lacks the must-have and sits above b; a (noise cancelling) is left out; d is open.
    const wrong = {
      models: [
        { model: c, reasons: [] as Need[] },
        { model: b, reasons: ['anc'] as Need[] },
        { model: d, reasons: ['sealed'] as Need[] },
      ],
    };
    expect(rankingBreaks([a, b, c, d], needs, ['closed'], wrong)).toEqual([
      'a model of a design not rated best',
      'a model lacks the must-have "sealed" another model meets',
      'b meets a need c lacks, yet ranks lower',
      'a is left out, though it meets a need d lacks',
      "b's reasons are not the needs it meets",
    ]);
  });
});

/** Every situation in the content, read without Astro, with the models its page shows. */
function situations() {
  const catalog = realCatalog();
  if (!catalog) return [];
  const dir = join(CONTENT_ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const front = yaml.load(
        /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '',
      ) as {
        answers: Record<string, string>;
        needs: { must?: Need[]; nice?: Need[]; alternative?: boolean };
      };
      const needs: Needs = {
        must: front.needs.must ?? [],
        nice: front.needs.nice ?? [],
        alternative: !!front.needs.alternative,
      };
      const designs = recommend(front.answers, catalog)
        .ranking.filter((r) => r.verdict === 'best')
        .map((r) => r.design);
      return { file, needs, designs, ranking: rankModels(catalog.models, needs, { designs }), catalog };
    });
}

describe('the models each situation shows', () => {
  const all = situations();

  it.each(all.map((s) => [s.file, s] as const))('keep every ranking rule on %s', (_, s) => {
    expect(rankingBreaks(s.catalog.models, s.needs, s.designs, s.ranking)).toEqual([]);
  });

  it('are at least three that meet each situation’s must-haves, and differ wherever the needs differ', () => {
    expect(
      situationModelProblems(all.map((s) => ({ file: s.file, needs: s.needs, ranking: s.ranking }))),
    ).toEqual([]);
  });
});

describe('situationModelProblems', () => {
  const model = (id: string, met: string): Rankable => ({
    id,
    design: 'closed',
    tier: 'mid',
    meets: met,
    words: met,
  });
  const ranking = (...ids: string[]) => ({
    models: ids.map((id) => ({ model: model(id, 'sealed'), reasons: [] })),
  });

  it('reports two situations with different needs that show the same models in the same order', () => {
    const problems = situationModelProblems([
      { file: 'a.mdx', needs: { must: ['sealed'], nice: [] }, ranking: ranking('x', 'y', 'z') },
      { file: 'b.mdx', needs: { must: ['sealed'], nice: ['anc'] }, ranking: ranking('x', 'y', 'z') },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.mdx',
        field: 'needs',
        message: expect.stringMatching(/same models in the same order as a\.mdx/),
      }),
    ]);
  });

  it('lets situations with the same needs show the same models', () => {
    const same = { must: ['sealed'], nice: ['anc'] } as Needs;
    expect(
      situationModelProblems([
        { file: 'a.mdx', needs: same, ranking: ranking('x', 'y', 'z') },
        { file: 'b.mdx', needs: same, ranking: ranking('x', 'y', 'z') },
      ]),
    ).toEqual([]);
  });

  it('reports a situation with fewer than three models that meet its must-haves', () => {
    expect(
      situationModelProblems([
        { file: 'a.mdx', needs: { must: ['sealed'], nice: [] }, ranking: ranking('x', 'y') },
      ]),
    ).toEqual([expect.objectContaining({ file: 'a.mdx', field: 'needs.must' })]);
  });
});
