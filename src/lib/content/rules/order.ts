/** Rules on `order`: each entry its own place, and the designs read as a spectrum. */
import { DESIGN_IDS } from '../../../vocabulary';
import { byOrder } from '../entries';
import { finding, type EditorialRule } from './rule';

export const orderUnique: EditorialRule = {
  id: 'order-unique',
  description: 'No two entries of a collection share an `order`: each has its own place.',
  check: (content) =>
    (['designs', 'guide', 'faq', 'scenarios'] as const).flatMap((collection) => {
      const seen = new Map<number, string>();
      return content[collection].flatMap((entry) => {
        const earlier = seen.get(entry.data.order);
        if (earlier === undefined) {
          seen.set(entry.data.order, entry.id);
          return [];
        }
        return [finding(entry, collection, 'order', `${entry.data.order} is also the order of "${earlier}": each ${collection} entry needs its own`)];
      });
    }),
};

export const designSpectrum: EditorialRule = {
  id: 'design-spectrum',
  description: `The designs' \`order\` reads ${DESIGN_IDS.join(', then ')}.`,
  check: (content) => {
    const spectrum = byOrder(content.designs).map((d) => d.id);
    const expected = DESIGN_IDS.filter((id) => spectrum.includes(id));
    return spectrum.join() === expected.join()
      ? []
      : content.designs.map((design) =>
          finding(design, 'designs', 'order', `the designs must read as a spectrum, ${DESIGN_IDS.join(', then ')}`),
        );
  },
};
