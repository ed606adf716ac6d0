/**
 * An organization's file laid over a baseline file, entry by entry (docs/decisions/0006): an entry
 * with a baseline id replaces the fields it gives; an entry with a new id is added, and must then
 * be complete. Used for tree nodes (content/org/trees/) and shared outcomes (content/org/outcomes.yaml).
 */
import type { Locate, Problem } from '../core/problems.ts';
import type { Facts } from '../engine/rules.ts';
import { isRecord, type YamlFile } from './yaml-file.ts';

/** Entries by id, as read: each should be a map of fields, and the validator says so when it is not. */
export type Entries = Record<string, unknown>;

export interface Merged {
  entries: Entries;
  problems: Problem[];
}

/** `notFound` words the problem for an entry that changes nothing in the baseline and is not complete. */
export function mergeEntries(
  base: Entries,
  org: Entries,
  isComplete: (entry: Record<string, unknown>) => boolean,
  notFound: (id: string) => Problem,
): Merged {
  const entries: Entries = { ...base };
  const problems: Problem[] = [];
  for (const [id, override] of Object.entries(org)) {
    const existing = entries[id];
    if (existing === undefined && !(isRecord(override) && isComplete(override))) {
      problems.push(notFound(id));
      continue;
    }
    entries[id] = isRecord(existing) && isRecord(override) ? { ...existing, ...override } : override;
  }
  return { entries, problems };
}

/**
 * Where a path of the merged data is: in the organization's file when that file gives the entry's
 * field (or the top-level key), else in the baseline's. `under` names the key that holds the
 * entries (`nodes` in a tree); without it the entries are the top level.
 */
export function overlayLocator(base: YamlFile, org: YamlFile, under?: string): Locate {
  const orgData = isRecord(org.data) ? org.data : {};
  const orgEntries = under === undefined ? orgData : isRecord(orgData[under]) ? orgData[under] : {};
  return (path) => {
    const rest = under === undefined ? path : path[0] === under ? path.slice(1) : undefined;
    let fromOrg: boolean;
    if (rest === undefined) fromOrg = path[0] !== undefined && path[0] in orgData;
    else {
      const [id, field] = rest;
      const entry = id === undefined ? undefined : orgEntries[String(id)];
      fromOrg = isRecord(entry) && (field === undefined || String(field) in entry);
    }
    return fromOrg ? { file: org.file, line: org.lines(path) } : { file: base.file, line: base.lines(path) };
  };
}

/** The entries of a file, or of one key of it (`nodes`): empty when there are none. */
export function entriesOf(data: unknown, under?: string): Entries {
  const top = under === undefined ? data : isRecord(data) ? data[under] : undefined;
  return isRecord(top) ? top : {};
}

/** The facts a baseline entry states, as written, when they are a map of text (else the validator reports them). */
export function factsOf(entry: unknown): Facts | undefined {
  const facts = isRecord(entry) ? entry.facts : undefined;
  return isRecord(facts) && Object.values(facts).every((v) => typeof v === 'string') ? (facts as Facts) : undefined;
}
