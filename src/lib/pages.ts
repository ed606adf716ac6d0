/** Guidance pages from every section, in reading order, with their addresses. */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { SECTIONS, type SectionId } from '../core/sections.ts';
import type { Origin } from '../content/overlay.ts';
import { getContent } from './content.ts';
import { pageHref } from './url.ts';

export type GuideEntry = CollectionEntry<SectionId>;

export interface GuidePage {
  kind: SectionId;
  /** Where the page comes from: the baseline guide or the organization's own files. */
  origin: Origin;
  slug: string;
  ref: string;
  href: string;
  entry: GuideEntry;
}

function byOrderThenTitle(a: GuideEntry, b: GuideEntry): number {
  const oa = a.data.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.data.order ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || a.data.title.localeCompare(b.data.title);
}

/**
 * In a build, each list is made once: every page asks for its related pages and every tool step
 * for its scripts, and sorting every page for each of them made the build time grow with the
 * square of the page count. The development server reads the collections afresh each time.
 */
const sections = new Map<SectionId, Promise<GuidePage[]>>();
let byRef: Promise<Map<string, GuidePage>> | undefined;

export function getSectionPages(kind: SectionId): Promise<GuidePage[]> {
  if (!import.meta.env.PROD) return readSectionPages(kind);
  let pages = sections.get(kind);
  if (!pages) sections.set(kind, (pages = readSectionPages(kind)));
  return pages;
}

async function readSectionPages(kind: SectionId): Promise<GuidePage[]> {
  // Astro warns on reading an empty collection (an organization with no policies yet): skip it.
  if (!getContent().pages.some((p) => p.kind === kind)) return [];
  const entries: GuideEntry[] = await getCollection(kind);
  const origins = new Map(getContent().pages.map((p) => [p.ref, p.origin]));
  return entries.sort(byOrderThenTitle).map((entry) => ({
    kind,
    origin: origins.get(`${kind}/${entry.id}`) ?? 'baseline',
    slug: entry.id,
    ref: `${kind}/${entry.id}`,
    href: pageHref(`${kind}/${entry.id}`),
    entry,
  }));
}

export async function getAllPages(): Promise<GuidePage[]> {
  const lists = await Promise.all(SECTIONS.map((s) => getSectionPages(s.id)));
  return lists.flat();
}

export async function findPages(refs: readonly string[]): Promise<GuidePage[]> {
  if (!refs.length) return [];
  const index = import.meta.env.PROD ? (byRef ??= indexPages()) : indexPages();
  const pages = await index;
  return refs.flatMap((ref) => pages.get(ref) ?? []);
}

async function indexPages(): Promise<Map<string, GuidePage>> {
  return new Map((await getAllPages()).map((p) => [p.ref, p]));
}

export function getSources(ids: readonly string[]) {
  return getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
}

let aliasCounts: Map<string, number> | undefined;

/**
 * The other names that tell a page apart. An alias that more than one page in six also carries
 * ("HIPAA", "Part 2") says nothing about this page, so search weighs it as text only and the A–Z
 * index does not repeat it under every entry.
 */
export function distinctiveAliases(aliases: readonly string[]): string[] {
  const pages = getContent().pages;
  if (!aliasCounts) {
    aliasCounts = new Map();
    for (const p of pages)
      for (const a of new Set((p.data.aliases as string[]).map((x) => x.toLowerCase()))) aliasCounts.set(a, (aliasCounts.get(a) ?? 0) + 1);
  }
  return aliases.filter((a) => (aliasCounts!.get(a.toLowerCase()) ?? 0) <= pages.length / 6);
}
