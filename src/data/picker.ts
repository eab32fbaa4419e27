/** The picker's view of the content: designs, their ratings and points, and the models. */
import { buildCatalog, type Catalog } from '../lib/picker/catalog';
import { RULES } from '../lib/picker/rules';
import { rulesText, type RulesText } from '../lib/picker/rulesText';
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

/** The picker's rules in words, for the rules section on /picker/ and llms.txt. */
export async function getRulesText(): Promise<RulesText> {
  const { designs, words } = await getCatalog();
  return rulesText(RULES, words.answers, designs, words.fallback);
}
