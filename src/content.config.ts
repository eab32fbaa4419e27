import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { designSchema } from './schemas/designs';
import { modelSchema } from './schemas/models';
import { faqSchema, glossarySchema, guideSchema, scenarioSchema, sourceSchema } from './schemas/pages';

/**
 * Where the content lives. Tests point this at fixture folders of deliberately broken
 * entries to prove the build rejects them; the shipped site always reads `content/`.
 */
const root = process.env.CONTENT_DIR ?? './content';

const designs = defineCollection({
  loader: glob({ base: `${root}/designs`, pattern: '*.mdx' }),
  schema: designSchema,
});

const guide = defineCollection({
  loader: glob({ base: `${root}/guide`, pattern: '*.mdx' }),
  schema: guideSchema,
});

const models = defineCollection({
  loader: glob({ base: `${root}/models`, pattern: '*.yaml' }),
  // The design is a fixed vocabulary (DESIGN_IDS), so the schema checks it without a reference.
  schema: modelSchema,
});

const faq = defineCollection({
  loader: glob({ base: `${root}/faq`, pattern: '*.mdx' }),
  schema: faqSchema,
});

const glossary = defineCollection({
  loader: glob({ base: `${root}/glossary`, pattern: '*.yaml' }),
  schema: glossarySchema,
});

const sources = defineCollection({
  loader: glob({ base: `${root}/sources`, pattern: '*.yaml' }),
  schema: sourceSchema,
});

const scenarios = defineCollection({
  loader: glob({ base: `${root}/scenarios`, pattern: '*.mdx' }),
  schema: scenarioSchema,
});

export const collections = { designs, guide, models, faq, glossary, sources, scenarios };
