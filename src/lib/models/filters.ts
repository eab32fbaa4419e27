/**
 * The ways the catalogue at /models/ can be filtered, each a page of its own
 * (`/models/closed/`, `/models/anc/`), so filtering works without JavaScript.
 */
import { DESIGN_IDS, KIND_LABELS, KINDS, type Need } from '../../vocabulary';
import type { CatalogModel } from '../picker/catalog';
import { meets } from './rank';

export interface ModelFilter {
  id: string;
  group: 'Design' | 'Kind' | 'Has';
  label: string;
  keep: (m: CatalogModel) => boolean;
}

const DESIGN_LABELS = { closed: 'Closed-back', 'semi-open': 'Semi-open', open: 'Open-back' } as const;
const HAS: [Need, string][] = [
  ['anc', 'Noise cancelling'],
  ['mic', 'Microphone'],
  ['sweat-rated', 'Sweat rating'],
  ['attenuation', 'Rated attenuation'],
  ['swivel', 'Swivelling cups'],
  ['folds', 'Folds'],
  ['wired', 'Wired'],
];

export const MODEL_FILTERS: ModelFilter[] = [
  ...DESIGN_IDS.map((d): ModelFilter => ({
    id: d,
    group: 'Design',
    label: DESIGN_LABELS[d],
    keep: (m) => m.design === d,
  })),
  ...KINDS.map((k): ModelFilter => ({
    id: k,
    group: 'Kind',
    label: KIND_LABELS[k],
    keep: (m) => m.kind === k,
  })),
  ...HAS.map(([need, label]): ModelFilter => ({
    id: need,
    group: 'Has',
    label,
    keep: (m) => meets(m, need),
  })),
];
