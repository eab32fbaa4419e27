/**
 * JSON-LD for search engines, typed against schema.org with schema-dts. Builders
 * refuse to emit an empty or missing required field rather than publish "undefined".
 */
import type { Article, BreadcrumbList, Organization, WebSite, WithContext } from 'schema-dts';

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  published: Date;
  modified: Date;
  publisher: string;
  /** The publisher's home page: the author's and publisher's `url`. */
  publisherUrl: string;
  logo: string;
}

function required(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value === 'undefined') {
    throw new Error(`Structured data needs a non-empty ${field}`);
  }
  return value;
}

function organization(name: string, logo: string, url: string): Organization {
  return {
    '@type': 'Organization',
    name: required(name, 'publisher name'),
    // Google's Article documentation recommends an author url, which tells this author apart.
    url: required(url, 'publisher url'),
    logo: required(logo, 'publisher logo'),
  };
}

export function articleLd(input: ArticleInput): WithContext<Article> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: required(input.headline, 'headline'),
    description: required(input.description, 'description'),
    image: required(input.image, 'image'),
    datePublished: input.published.toISOString().slice(0, 10),
    dateModified: input.modified.toISOString().slice(0, 10),
    author: organization(input.publisher, input.logo, input.publisherUrl),
    publisher: organization(input.publisher, input.logo, input.publisherUrl),
    mainEntityOfPage: required(input.url, 'url'),
  };
}

export function websiteLd(input: { url: string; name: string; description: string }): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: required(input.name, 'name'),
    url: required(input.url, 'url'),
    description: required(input.description, 'description'),
  };
}

export function breadcrumbLd(crumbs: readonly { label: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: required(crumb.label, 'breadcrumb name'),
      item: required(crumb.url, 'breadcrumb url'),
    })),
  };
}

/** JSON safe to place inside <script>: no sequence in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
