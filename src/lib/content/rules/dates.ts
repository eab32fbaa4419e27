/** Rules on the dates editors write by hand: each must be possible. */
import { everyEntry, finding, type EditorialRule, type Entry } from './rule';
import { day } from './text';

/** An entry's date field, if it has one (not every collection dates its entries). */
const dateOf = (entry: Entry, field: 'published' | 'updated'): Date | undefined => {
  const value = (entry.data as Partial<Record<typeof field, unknown>>)[field];
  return value instanceof Date ? value : undefined;
};

export const datesNotLater: EditorialRule = {
  id: 'dates-not-later',
  description: 'A `published` or `updated` date is not later than the day of the build.',
  check: (content, { today }) =>
    everyEntry(content).flatMap(([collection, entry]) =>
      (['published', 'updated'] as const).flatMap((field) => {
        const date = dateOf(entry, field);
        return date && day(date) > today
          ? [finding(entry, collection, field, `${day(date)} is later than today (${today}); write the day it happened`)]
          : [];
      }),
    ),
};

export const updatedAfterPublished: EditorialRule = {
  id: 'updated-after-published',
  description: '`updated` does not come before `published`.',
  check: (content) =>
    everyEntry(content).flatMap(([collection, entry]) => {
      const published = dateOf(entry, 'published');
      const updated = dateOf(entry, 'updated');
      return published && updated && updated < published
        ? [finding(entry, collection, 'updated', `${day(updated)} is before published (${day(published)})`)]
        : [];
    }),
};
