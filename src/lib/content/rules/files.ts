/** Rules on every file, whatever its collection: its name, and no prices anywhere in it. */
import { SLUG_PATTERN } from '../../../schemas/common';
import { everyEntry, finding, type EditorialRule } from './rule';
import { stringsIn } from './text';

/** A price in a currency: prices age within months, so the guide speaks in tiers. */
const PRICE = /[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b/i;

export const fileName: EditorialRule = {
  id: 'file-name',
  description: "A file's name is lowercase words joined by hyphens: it becomes an address or an anchor.",
  check: (content) =>
    everyEntry(content)
      .filter(([, entry]) => !SLUG_PATTERN.test(entry.id))
      .map(([collection, entry]) =>
        finding(
          entry,
          collection,
          'file name',
          `"${entry.id}" must be lowercase words joined by hyphens, like "mic-bleed"`,
        ),
      ),
};

export const noPrices: EditorialRule = {
  id: 'no-prices',
  description: 'No price in a currency, in any field or body: prices age within months, so name a tier.',
  check: (content) =>
    everyEntry(content).flatMap(([collection, entry]) =>
      [...stringsIn(entry.data), ['body', entry.body ?? ''] as [string, string]].flatMap(([field, text]) => {
        const price = PRICE.exec(text);
        return price
          ? [
              finding(
                entry,
                collection,
                field,
                `states a price ("${price[0]}"); name a tier (budget, mid, high-end) instead`,
              ),
            ]
          : [];
      }),
    ),
};
