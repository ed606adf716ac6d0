/** Putting one search per term together: a sentence finds what its words find, honestly labelled. */
import { describe, expect, it } from 'vitest';
import { rank, type Hit } from '../../../src/search/rank.ts';

const hit = (id: string, score: number, meta = false): Hit => ({ id, score, meta });
const term = (hits: Hit[], weight = 1) => ({ weight, hits });
const ids = (r: { results: { id: string }[] }) => r.results.map((x) => x.id);

describe('rank', () => {
  it('keeps Pagefind’s order for a one-word query', () => {
    const r = rank([{ terms: [term([hit('a', 9, true), hit('b', 5), hit('c', 1)])] }], 50);
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    expect(r.mode).toBe('all');
    expect(r.complete).toBe(3);
  });

  it('ranks a page with more of the words higher, and does not require all of them', () => {
    const child = { terms: [term([hit('child-abuse', 10, true), hit('young-person', 8, true)])] };
    const hit_ = { terms: [term([hit('child-abuse', 4), hit('adult-abuse', 9, true)])] };
    const unknown = { terms: [] };
    const r = rank([child, hit_, unknown], 50);
    expect(ids(r)[0]).toBe('child-abuse');
    expect(r.complete).toBe(0);
    expect(r.mode).toBe('some');
  });

  it('takes a concept’s best term for each page: a synonym counts as the word', () => {
    const r = rank([{ terms: [term([hit('a', 2)]), term([hit('b', 6, true)])] }], 50);
    expect(ids(r)).toEqual(['b', 'a']);
  });

  it('weighs a rare word more than a widespread one', () => {
    const everywhere = Array.from({ length: 40 }, (_, i) => hit(`p${i}`, 5, true));
    const rare = [hit('p7', 1)];
    const r = rank([{ terms: [term(everywhere)] }, { terms: [term(rare)] }], 50);
    expect(ids(r)[0]).toBe('p7');
  });

  it('puts pages about a danger first when the query names one', () => {
    const danger = { crisis: true, terms: [term([hit('crisis', 5, true), hit('died', 5, true)])] };
    const group = { terms: [term([hit('died', 3), hit('group', 6, true)])] };
    expect(ids(rank([danger, group], 50))[0]).toBe('died');
    const calmer = { terms: [term([hit('crisis', 5, true), hit('died', 5, true)])] };
    expect(ids(rank([calmer, group], 50))).toContain('group');
  });

  it('says "weak" when pages only mention the words and none is about any of them, and "none" when nothing matches', () => {
    const passing = { terms: [term([hit('tool', 2), hit('script', 1)])] };
    expect(rank([passing], 50).mode).toBe('weak');
    expect(rank([passing, { terms: [] }], 50).mode).toBe('weak');
    const about = { terms: [term([hit('family-calls', 3, true), hit('script', 1)])] };
    expect(rank([about, passing], 50).mode).toBe('some');
    expect(rank([{ terms: [] }], 50)).toEqual({ results: [], complete: 0, mode: 'none' });
  });
});
