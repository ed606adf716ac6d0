import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSite } from '../../src/config/load-site.ts';
import { SCHEMA_FILE, siteJsonSchema } from '../../scripts/site-schema.ts';

describe('site.yaml', () => {
  it('has a JSON Schema for editors that matches the zod schema (run `npm run schema` if not)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(siteJsonSchema());
  });

  it('defaults the crisis lines to 911 and 988 in the United States, each with a number to dial', () => {
    const text = readFileSync('tests/fixtures/sites/minimal/site.yaml', 'utf8').replace(/ {2}crisis_lines:[\s\S]*$/, '');
    const { site, problems } = parseSite(text, 'site.yaml');
    expect(problems).toEqual([]);
    expect(site!.contacts.crisis_lines.map((l) => [l.contact, l.phone])).toEqual([
      ['Call 911', '911'],
      ['Call or text 988', '988'],
    ]);
  });

  it('accepts an accent colour dark enough for white text, and says by how much one fails', () => {
    const base = readFileSync('tests/fixtures/sites/minimal/site.yaml', 'utf8');
    expect(parseSite(`${base}\naccent: '#1d5a8c'\n`, 'site.yaml').problems).toEqual([]);
    const [problem] = parseSite(`${base}\naccent: '#ffbf47'\n`, 'site.yaml').problems;
    expect(problem!.message).toBe('`accent` has a contrast of 1.64:1 with white text; WCAG AA needs at least 4.5:1.');
    expect(problem!.fix).toContain('try a darker shade');
  });
});
