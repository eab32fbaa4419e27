/**
 * The slice of the content the picker shows: each design's names, the example models
 * with the facts it chooses them by, and the picker's words (words.ts). Kept small and plain because
 * the picker page serializes it into an attribute for the browser island.
 *
 * Pure: no Astro imports, so unit tests and the e2e suite can build one from plain
 * objects shaped like content entries.
 */
import type { DesignData } from '../../schemas/designs';
import {
  ANSWER_NEEDS,
  type AnswerNeeds,
  DESIGN_IDS,
  type DesignId,
  type Need,
  TIERS,
} from '../../vocabulary';
import type { ModelData } from '../../schemas/models';
import { WORDS, type PickerWords } from './words';
import { needFacts, reasonWords } from '../models/needs';
import type { Rankable } from '../models/rank';

export interface CatalogDesign {
  id: DesignId;
  name: string;
  shortName: string;
}

export interface CatalogModel extends Rankable {
  /** Brand and model, as readers search for it: "Beyerdynamic DT 990 PRO". */
  name: string;
  design: DesignId;
  /** The maker's IP code, for the sweat-rating reason. */
  ip?: string | undefined;
}

export interface Catalog {
  /** In spectrum order: closed, semi-open, open. */
  designs: CatalogDesign[];
  /** Budget tier first, then by name. */
  models: CatalogModel[];
  /** What the picker says about each answer; carried here so the island ships it as data. */
  words: PickerWords;
  /** What each answer needs from a model (ANSWER_NEEDS), carried as data for the same reason. */
  needs: AnswerNeeds;
}

/** Design entries as the content layer hands them over. */
export interface DesignEntry {
  id: string;
  data: DesignData;
}

/** Model entries as the content layer hands them over. */
export interface ModelEntry {
  id: string;
  data: ModelData;
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
      // Only what the ranking and its reasons need, to keep the picker page small.
      // Schema defaults are not applied where tests read the YAML directly.
      const f = data.facts ?? {};
      const met = Object.keys(needFacts(data)) as Need[];
      return {
        id,
        name: `${data.brand} ${data.model}`,
        design: designId(data.design.value, `content/models/${id}`),
        tier: data.tier,
        ...(data.kind ? { kind: data.kind.value } : {}),
        meets: met.join(' '),
        words: met
          .map((n) =>
            reasonWords(n, { kind: data.kind?.value, ip: f.waterRating?.value, db: f.attenuation?.value }),
          )
          .join('|'),
        ...(f.attenuation ? { db: f.attenuation.value } : {}),
        ...(f.waterRating ? { ip: f.waterRating.value } : {}),
      };
    })
    .sort(
      (a, b) =>
        TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
        a.name.localeCompare(b.name, 'en') ||
        a.id.localeCompare(b.id, 'en'),
    );

  return { designs: catalogDesigns, models: catalogModels, words: WORDS, needs: ANSWER_NEEDS };
}
