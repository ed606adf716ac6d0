/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages; see docs/deploy.md for other hosts):
 * the security headers every page gets. The Content-Security-Policy is the one Astro puts in each
 * page's meta tag, with the union of the hashes of all pages, plus what only a header can say:
 * no framing (frame-ancestors), no referrer, no MIME sniffing, no powerful features.
 *
 * Only /embed/ may be framed (learning platforms show the tool in an iframe). Hosts merge every
 * rule that matches a path and cannot remove a header, so there is no catch-all rule: each
 * top-level address gets the strict rule by name, and /embed/ its own.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './html-files.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Every directive's sources across all pages' CSP meta tags. */
export function mergedPolicy(root: string, frameAncestors = "'none'"): string {
  const directives = new Map<string, Set<string>>();
  for (const file of htmlFiles(root)) {
    const policy = META.exec(readFileSync(file, 'utf8'))?.[1];
    for (const part of policy?.split(';') ?? []) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set([frameAncestors]));
  return [...directives].map(([name, sources]) => `${name} ${[...sources].join(' ')}`).join('; ');
}

export function writeHeaders(root: string, base: string): string {
  const { 'X-Frame-Options': frameOptions, ...common } = SECURITY_HEADERS;
  const shared = Object.entries(common).map(([k, v]) => `  ${k}: ${v}`);
  const strict = [`  Content-Security-Policy: ${mergedPolicy(root)}`, `  X-Frame-Options: ${frameOptions}`, ...shared];
  const embed = [`  Content-Security-Policy: ${mergedPolicy(root, '*')}`, ...shared];
  const names = readdirSync(root).filter((n) => n !== 'embed' && n !== '_headers');
  const rules = [
    [base, ...strict],
    ...names.map((name) => [statSync(join(root, name)).isDirectory() ? `${base}${name}/*` : `${base}${name}`, ...strict]),
    [`${base}embed/*`, ...embed],
  ];
  const text = `${rules.map((rule) => rule.join('\n')).join('\n\n')}\n`;
  writeFileSync(join(root, '_headers'), text);
  return text;
}
