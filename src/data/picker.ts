/** The picker's view of the content: designs, their ratings and points, and the models. */
import { buildCatalog, type Catalog } from '../lib/picker/catalog';
import { getDesigns, getModels } from './content';

let catalog: Promise<Catalog> | undefined;

/** Built once per build; the island receives the same object, serialized. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [designs, models] = await Promise.all([getDesigns(), getModels()]);
    return buildCatalog(designs, models);
  })();
  return catalog;
}
