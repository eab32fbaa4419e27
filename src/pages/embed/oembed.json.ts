/**
 * A static oEmbed response (oembed.com, type "rich") for the picker, linked from the
 * <head> of /picker/ and /embed/, so a CMS that reads oEmbed turns a pasted link into the
 * picker. CMSs sanitise scripts away, so it hands out the plain iframe at a fixed size.
 */
import type { APIRoute } from 'astro';
import { DEFAULT_OPTIONS } from '../../lib/embed/options';
import { FRAME_TITLE, iframeSnippet } from '../../lib/embed/snippets';
import { SITE } from '../../site';

/** The frame oEmbed consumers get: wide enough for two columns of questions, tall enough to show the result. */
const OEMBED_SIZE = { width: 640, height: 900 } as const;

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: the oEmbed response needs absolute URLs');
  const body = {
    version: '1.0',
    type: 'rich',
    title: FRAME_TITLE,
    provider_name: SITE.name,
    provider_url: new URL('/', site).href,
    html: iframeSnippet(site, DEFAULT_OPTIONS, OEMBED_SIZE),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
