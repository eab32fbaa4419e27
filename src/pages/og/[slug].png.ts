/** One social card per indexable page, generated at build time from its metadata. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPages, type PageMeta, socialImagePath } from '../../data/pages';
import { renderSocialImage } from './_socialImage';

export const getStaticPaths = (async () => {
  const pages = await getPages();
  return pages.map((page) => ({
    params: { slug: socialImagePath(page.path).replace(/^\/og\/|\.png$/g, '') },
    props: { page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageMeta }> = async ({ props }) => {
  const png = await renderSocialImage(props.page.title, props.page.design);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
