/**
 * Writes the framed picker's one script (src/pages/embed/_framedScript.ts) at its hashed
 * path among the build's assets, /_astro/framed-picker.<hash>.js: the only path this
 * route has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { framedScript } from './embed/_framedScript';

export const getStaticPaths = (async () => {
  const { path } = await framedScript();
  return [{ params: { framedScript: path.slice(1, -'.js'.length) } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await framedScript()).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
