/**
 * Where a link may go, in every field and every page: a web address (https:, http:), an email
 * address (mailto:), a phone number (tel:), a page of this site from its root (/kind/slug/) or a
 * section of the same page (#id). Anything else (javascript:, data:, //host, a path relative to
 * the page) would run code, publish a file inside the page, leave the site without saying where,
 * or lead somewhere different on each page.
 */

export const LINK_HELP =
  'Where the link goes: a web address starting with https://, an email address written mailto:name@example.org, a phone number written tel:+15035550142, or a page of this site written from the top, such as /about/.';

export interface LinkRefusal {
  message: string;
  fix: string;
}

const ALLOWED = /^(https?:\/\/[^\s/]|mailto:[^\s]|tel:[^\s]|\/(?![/\\])|\/$|#)/i;

/** Why a link is refused, in words, or undefined when it may be published. */
export function linkRefusal(href: string): LinkRefusal | undefined {
  const url = href.trim();
  if (ALLOWED.test(url)) return undefined;
  if (/^[/\\]{2}/.test(url)) {
    return {
      message: 'is a link starting with //, which leads to another web site without saying how',
      fix: 'Write the whole web address, starting with https://.',
    };
  }
  const scheme = /^([a-z][a-z0-9+.\-\s]*):/i.exec(url)?.[1];
  if (scheme) {
    return {
      message: `is a \`${scheme.replace(/\s/g, '').toLowerCase()}:\` link, which the site does not publish`,
      fix: 'A link may only go to a web address (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/kind/slug/). Remove this link or change it to one of those.',
    };
  }
  if (url === '') return { message: 'is an empty link', fix: 'Write where the link goes, or remove it.' };
  return {
    message: 'does not start with /, so it would lead somewhere different from each page',
    fix: `Link to a page of this site from the top, starting with /, for example /${url.replace(/^(\.\.?\/)+/, '').replace(/\.mdx?$/, '/')}, or write a whole web address starting with https://.`,
  };
}
