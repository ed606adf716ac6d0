/** The link check over the built site, on a tiny hand-made build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/integrations/links.ts';

const dist = mkdtempSync(join(tmpdir(), 'guide-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string, html: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html><body>${html}</body></html>`);
};

page(
  'index.html',
  '<a href="/a/">A</a> <a href="/a/#part">part</a> <a href="https://example.org/x">out</a> <a href="mailto:x@example.org">mail</a> <a href="#top">top</a><h1 id="top">Home</h1>',
);
page(
  'a/index.html',
  '<h2 id="part">Part</h2><a href="/">home</a><a href="/b/">B</a><a href="/a/#nowhere">no anchor</a><a href="/favicon.svg">icon</a>',
);
page('old/index.html', '<meta http-equiv="refresh" content="0;url=/gone/"><a href="/gone/">redirect</a>');
writeFileSync(join(dist, 'favicon.svg'), '<svg/>');

describe('checkLinks', () => {
  it('reports links to missing pages and missing sections, with the page they are on, and nothing else', () => {
    expect(checkLinks(dist, '/').map((p) => `${p.file}: ${p.message}`)).toEqual([
      'dist/a/: The link to `/b/` goes to no page.',
      'dist/a/: The link to `/a/#nowhere` points at a section (#nowhere) that the page does not have.',
    ]);
  });

  it('reports links that leave the base path', () => {
    expect(checkLinks(dist, '/guide/').some((p) => p.message.includes("outside the site's base path /guide/"))).toBe(true);
  });
});
