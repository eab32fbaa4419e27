/**
 * The slice of the content the picker shows: each design's names, the example models
 * with the facts it chooses them by, and the picker's words (words.ts). Kept small and plain because
 * the picker page serializes it into an attribute for the browser island.
 *
 * Pure: no Astro imports, so unit tests and the e2e suite can build one from plain
 * objects shaped like content entries.
 */
import type { DesignData } from '../../schemas/designs';
import { DESIGN_IDS, type DesignId, type Tier, TIERS } from '../../vocabulary';
import type { ModelData } from '../../schemas/models';
import { WORDS, type PickerWords } from './words';

export interface CatalogDesign {
  id: DesignId;
  name: string;
  shortName: string;
}

export interface CatalogModel {
  id: string;
  /** Brand and model, as readers search for it: "Beyerdynamic DT 990 PRO". */
  name: string;
  design: DesignId;
  tier: Tier;
  /** Over-ear unless the maker sells it as an in-ear monitor. */
  kind?: 'over-ear' | 'in-ear' | undefined;
  /** Active noise cancelling, where the maker states it. */
  anc?: boolean | undefined;
  /** Pad material as the maker states it. */
  pads?: string | undefined;
  /** The maker states sweat or water resistance. */
  sweat?: boolean | undefined;
}

export interface Catalog {
  /** In spectrum order: closed, semi-open, open. */
  designs: CatalogDesign[];
  /** Budget tier first, then by name. */
  models: CatalogModel[];
  /** What the picker says about each answer; carried here so the island ships it as data. */
  words: PickerWords;
}

/** Design entries as the content layer hands them over. */
export interface DesignEntry {
  id: string;
  data: DesignData;
}

/** Model entries; `design` is a collection reference in Astro and a plain id in tests. */
export interface ModelEntry {
  id: string;
  data: ModelData & { design: { id: string } | string };
}

function designId(value: string, where: string): DesignId {
  const id = DESIGN_IDS.find((d) => d === value);
  if (!id) throw new Error(`${where}: unknown design "${value}"; expected one of ${DESIGN_IDS.join(', ')}`);
  return id;
}

export function buildCatalog(designs: readonly DesignEntry[], models: readonly ModelEntry[]): Catalog {
  const catalogDesigns = designs
    .map(({ id, data }): CatalogDesign => ({
      // The `design` field, not the file name: the schema ties it to DESIGN_IDS.
      id: designId(data.design, `content/designs/${id}`),
      name: data.name,
      shortName: data.shortName,
    }))
    .sort((a, b) => DESIGN_IDS.indexOf(a.id) - DESIGN_IDS.indexOf(b.id));

  const catalogModels = models
    .map(({ id, data }): CatalogModel => {
      const design = typeof data.design === 'string' ? data.design : data.design.id;
      return {
        id,
        name: `${data.brand} ${data.model}`,
        design: designId(design, `content/models/${id}`),
        tier: data.tier,
        // Only the facts the picker chooses by, and only when stated, to keep the page small.
        ...(data.kind === 'in-ear' ? { kind: 'in-ear' as const } : {}),
        ...(data.facts?.anc?.value ? { anc: true } : {}),
        ...(data.facts?.pads ? { pads: data.facts.pads.value } : {}),
        ...(data.facts?.sweatResistant?.value ? { sweat: true } : {}),
      };
    })
    .sort(
      (a, b) =>
        TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
        a.name.localeCompare(b.name, 'en') ||
        a.id.localeCompare(b.id, 'en'),
    );

  return { designs: catalogDesigns, models: catalogModels, words: WORDS };
}
