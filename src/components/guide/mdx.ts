/**
 * The components an editor may use in any MDX file without importing them. Keeping the
 * list here means MDX files stay plain prose plus a few well-known tags.
 */
import ComparisonTable from '../compare/ComparisonTable.astro';
import CupDiagram from '../compare/CupDiagram.astro';
import RatingsChart from '../compare/RatingsChart.astro';
import ScenarioMatrix from '../compare/ScenarioMatrix.astro';
import Picker from '../picker/Picker.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import ContentLink from './ContentLink.astro';
import ModelList from './ModelList.astro';
import ProsCons from './ProsCons.astro';

export const mdxComponents = {
  // Markdown links: a link to an article section ("/#studio") goes to the article's page.
  a: ContentLink,
  Callout,
  Cite,
  ComparisonTable,
  CupDiagram,
  ModelList,
  Picker,
  ProsCons,
  RatingsChart,
  ScenarioMatrix,
};
