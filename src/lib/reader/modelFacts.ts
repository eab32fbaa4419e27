/**
 * A model's published facts as rows for its card: a label, the value in words, and the
 * source that states it. Only facts the content gives appear; nothing is guessed.
 */
import type { ModelFacts } from '../../schemas/models';

export interface FactRow {
  label: string;
  value: string;
  source: string;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** How each fact reads on a card, in the order cards show them. */
type Words = {
  [K in keyof ModelFacts]-?: [label: string, words: (value: NonNullable<ModelFacts[K]>['value']) => string];
};
const WORDS: Words = {
  wireless: ['Connection', (v) => (v ? 'Wireless' : 'Wired')],
  anc: ['Noise cancelling', yesNo],
  mic: ['Microphone', (v) => (v === 'boom' ? 'On a boom' : 'Built in')],
  folds: ['Folds', yesNo],
  swivel: ['Swivelling cups', yesNo],
  pads: ['Pads', (v) => v.charAt(0).toUpperCase() + v.slice(1)],
  waterRating: ['Water and sweat rating', (v) => v],
  attenuation: ['Rated passive attenuation', (v) => `${v} dB`],
  impedance: ['Impedance', (v) => v.map((ohms) => `${ohms} Ω`).join(', ')],
  driver: [
    'Driver',
    (v) => ({ dynamic: 'Dynamic', 'planar-magnetic': 'Planar magnetic', electrostatic: 'Electrostatic' })[v],
  ],
  ampAdvisable: ['Amplifier', (v) => (v ? 'Advisable' : 'Not needed')],
};

export function factRows(facts: ModelFacts | undefined): FactRow[] {
  if (!facts) return [];
  return (Object.keys(WORDS) as (keyof ModelFacts)[]).flatMap((key) => {
    const fact = facts[key];
    if (!fact) return [];
    const [label, words] = WORDS[key] as [string, (value: unknown) => string];
    return [{ label, value: words(fact.value), source: fact.source }];
  });
}
