/**
 * A small static server for the built site (dist/), used by the browser tests and the benchmark.
 * It serves the site under its base path, answers unknown addresses with 404.html, and sends
 * the security headers from the build's _headers file, as a static host would.
 * Usage: node scripts/serve.ts [--port 4322] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { CONTENT_DIR } from '../src/config/paths.ts';
import { loadSite } from '../src/config/load-site.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const base = loadSite(CONTENT_DIR).base;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function resolveFile(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** The headers a static host would send, from the build's `_headers` (rules: a path, or a prefix ending in *; all matching rules apply). */
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile)
  ? readFileSync(headersFile, 'utf8')
      .split(/\n\n+/)
      .map((block) => {
        const [pattern = '', ...lines] = block.split('\n').filter(Boolean);
        const headers = Object.fromEntries(
          lines.map((l) => [
            l.trim().slice(0, l.trim().indexOf(':')),
            l
              .trim()
              .slice(l.trim().indexOf(':') + 1)
              .trim(),
          ]),
        );
        return { pattern, headers };
      })
  : [];
const headersFor = (pathname: string) =>
  Object.assign(
    {},
    ...rules
      .filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern))
      .map((r) => r.headers),
  ) as Record<string, string>;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  const notFound = join(root, '404.html');
  const path = file ?? notFound;
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  // Text is sent brotli-compressed when the browser accepts it, as a static host would.
  const compress = /text|javascript|json|svg|xml/.test(type) && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(file ? 200 : 404, {
    ...headersFor(url.pathname),
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...(compress ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else if (compress) response.end(brotliCompressSync(readFileSync(existsSync(path) ? path : notFound)));
  else if (existsSync(path)) createReadStream(path).pipe(response);
  else response.end(readFileSync(notFound, 'utf8'));
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
