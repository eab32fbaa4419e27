/**
 * The static oEmbed response for the picker, linked from the <head> of the pages a site
 * owner would paste (/picker/ and /embed/), so a CMS that reads oEmbed (WordPress among
 * them) turns a pasted link into the picker. Its shape, and why, is src/lib/embed/oembed.ts.
 */
import type { APIRoute } from 'astro';
import { socialImagePath } from '../../data/pages';
import { oembedResponse } from '../../lib/embed/oembed';
import { PICKER_URL } from '../../lib/routes/urls';
import { SOCIAL_IMAGE } from '../og/_socialImage';
import { SITE } from '../../site';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: the oEmbed response needs absolute URLs');
  const body = oembedResponse(site, SITE.name, { path: socialImagePath(PICKER_URL), ...SOCIAL_IMAGE });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
