/**
 * Markdown plugins for Sätteri, Astro's Markdown processor (they run on the HTML tree of every
 * MDX page).
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/**
 * A "link to this section" control after every h2–h4: the heading stays a plain heading for
 * screen readers, and the link after it has its own accessible name (the markup Starlight chose
 * in withastro/starlight PR #3033). Trainers copy these links into course material.
 */
export function headingLinks() {
  // Astro assigns heading ids after user plugins, keeping ids that exist; so assign them here with
  // the same slugger, in the same order, and Astro's list of headings (the contents) agrees.
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'guide-heading-links',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const label = ctx.textContent(node);
        const existing = node.properties.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(label);
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        if (!['h2', 'h3', 'h4'].includes(node.tagName)) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading', `heading-${node.tagName}`] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              // Kept out of the search index: "Link to the section" is not content (data-pagefind-ignore).
              properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
              children: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { ariaHidden: 'true' },
                  children: [{ type: 'text', value: '#' }],
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['visually-hidden'] },
                  children: [{ type: 'text', value: `Link to the section “${label}”` }],
                },
              ],
            },
          ],
        });
      },
    },
  });
}

/**
 * Authors link to pages from the site root (`/scripts/first-meeting/`). When a fork publishes
 * under a sub-path (GitHub Pages: `/guide/`), those links must carry it.
 */
export function baseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'guide-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(node, 'href', prefix + href);
        }
      },
    },
  });
}

/**
 * Links to pages an organization hid (site.yaml `hide`) become plain text, so a baseline page
 * that mentions a hidden page never sends a reader to a missing address. The build lists them.
 */
export function unlinkHidden(hidden: ReadonlySet<string>) {
  return defineHastPlugin({
    name: 'guide-unlink-hidden',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string' || !href.startsWith('/')) return;
        const ref = href.replace(/#.*$/, '').replace(/^\/|\/$/g, '');
        if (hidden.has(ref)) ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: {}, children: node.children });
      },
    },
  });
}
