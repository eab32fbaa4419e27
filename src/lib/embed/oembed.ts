/**
 * Owns the oEmbed response (oembed.com, type "rich") for the picker, shaped for what
 * consumers keep. WordPress, the main consumer, runs a provider it does not know through
 * kses, keeping only `<blockquote>`, `<a href>` and an `<iframe>` with src, width,
 * height, frameborder, marginwidth, marginheight, scrolling and title; it loads its
 * embed script, which listens for the frame's height and link messages, only when a
 * `<blockquote>` comes before the iframe, and it caps the frame at 1,000 px tall.
 *
 * A static file cannot read `maxwidth` or `maxheight`, so the response fits any request:
 * the frame is as wide as the column it lands in (`width="100%"`), `width` states the
 * narrowest column the layout is built for, and `height` the tallest the compact layout
 * gets there, which stays within WordPress's cap. The frame then reports its real height.
 */
import { PICKER_URL } from '../routes/urls';
import { DEFAULT_OPTIONS, type EmbedOptions } from './settings';
import { escape, FRAME_TITLE, frameUrl } from './snippets';

/** The compact layout: it fits WordPress's 1,000 px cap in a phone's post column. */
export const OEMBED_OPTIONS: EmbedOptions = { ...DEFAULT_OPTIONS, compact: true };
/**
 * The narrowest column the compact layout fits WordPress's cap in, and its height there at
 * most: a 375 px phone less the default theme's padding (about 20 px a side). In a narrower
 * column (a 320 px phone) it is a little taller than the cap, and WordPress lets it scroll.
 * e2e/embed-compact.spec.ts measures both.
 */
export const OEMBED_SIZE = { width: 335, height: 1000 } as const;
/** WordPress never makes an embed taller than this (wp-embed.js). */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** The `html` of the response: a fallback link, then the frame, in the tags WordPress keeps. */
export function oembedHtml(site: URL | string): string {
  const picker = new URL(PICKER_URL, site).href;
  return [
    `<blockquote><a href="${escape(picker)}">${FRAME_TITLE}</a></blockquote>`,
    `<iframe src="${escape(frameUrl(site, OEMBED_OPTIONS))}" width="100%" height="${OEMBED_SIZE.height}" title="${FRAME_TITLE}" frameborder="0"></iframe>`,
  ].join('');
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface Thumbnail {
  /** Site path of the image. */
  path: string;
  width: number;
  height: number;
}

/** The whole response; the thumbnail is the picker's social card. */
export function oembedResponse(
  site: URL | string,
  providerName: string,
  thumbnail: Thumbnail,
): OEmbedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title: FRAME_TITLE,
    provider_name: providerName,
    provider_url: new URL('/', site).href,
    html: oembedHtml(site),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    thumbnail_url: new URL(thumbnail.path, site).href,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
