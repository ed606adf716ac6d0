/** The offline copy's file list and version, on a tiny hand-made build (src/integrations/offline.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOfflineCopy } from '../../src/integrations/offline.ts';

const dists: string[] = [];
afterAll(() => dists.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'guide-offline-'));
  dists.push(dist);
  const all: Record<string, string> = {
    'sw.js': "const VERSION = '__OFFLINE_VERSION__';",
    'pagefind/pagefind-entry.json': '{"languages":{"en":{"wasm":"en"}}}',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const SITE = {
  'index.html': 'home',
  'principles/consent/index.html': 'consent',
  'practice/new-page/index.html': 'a page added later',
  '404.html': 'not found',
  '_astro/tool.js': 'js',
  _headers: '/*',
  'pagefind/pagefind.js': 'pf',
  'pagefind/index/en_1.pf_index': 'i',
  'pagefind/wasm.en.pagefind': 'w',
  'pagefind/wasm.unknown.pagefind': 'w',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind-component-ui.css': 'ui',
};

describe('writeOfflineCopy', () => {
  it('lists every page by its address and every file the search and tools load, relative to the base path', () => {
    const manifest = writeOfflineCopy(build(SITE));
    expect(manifest.files).toEqual([
      '404.html',
      '_astro/tool.js',
      '',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'practice/new-page/',
      'principles/consent/',
    ]);
    // What the browser stores: the listed files, nothing else.
    expect(manifest.bytes).toBe(
      ['home', 'consent', 'a page added later', 'not found', 'js', 'pf', 'i', 'w', '{"languages":{"en":{"wasm":"en"}}}'].join('').length,
    );
  });

  it('stamps the service worker with a version that changes when any listed file changes, and only then', () => {
    const a = build(SITE);
    const b = build({ ...SITE, 'pagefind/pagefind-ui.js': 'another ui' });
    const c = build({ ...SITE, 'principles/consent/index.html': 'consent, reviewed' });
    const [va, vb, vc] = [a, b, c].map((d) => writeOfflineCopy(d).version);
    expect(va).toMatch(/^[0-9a-f]{16}$/);
    expect(vb).toBe(va);
    expect(vc).not.toBe(va);
    expect(readFileSync(join(a, 'sw.js'), 'utf8')).toBe(`const VERSION = '${va}';`);
    expect(JSON.parse(readFileSync(join(a, 'offline-manifest.json'), 'utf8'))).toMatchObject({ version: va });
  });

  it('says what is missing when the build has no service worker to stamp', () => {
    const dist = build(SITE);
    rmSync(join(dist, 'sw.js'));
    expect(() => writeOfflineCopy(dist)).toThrow('The offline copy needs sw.js in the build (public/sw.js).');
  });
});
