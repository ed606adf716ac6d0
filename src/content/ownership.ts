/**
 * Who owns which file (docs/fork-guide.md, "Who owns which file"). An organization's fork edits only
 * the files listed here as the fork's; the main project never edits those, and owns everything
 * else. Since no file is edited on both sides, bringing in an update (GitHub's "Sync fork", or
 * `git pull --no-rebase upstream main`) always merges without a conflict: tests/build/fork-merge.test.ts
 * proves it with a real merge of an edit to every file on each side, generated from these lists.
 */

/** A file, or a folder when it ends in `/`, and what it holds, for the table in the fork guide. */
export interface Owned {
  path: string;
  holds: string;
}

/** The only files an organization edits. The main project never changes them once a fork exists. */
export const FORK_OWNED: readonly Owned[] = [
  { path: 'content/site.yaml', holds: 'your settings: name, address, contacts, colours, logo file, hidden pages' },
  {
    path: 'content/org/',
    holds: 'your pages, your versions of baseline pages, tree, outcome and rule changes, sources, search words, logo',
  },
];

/**
 * The main project's files, named for the fork guide's table. The list is not what makes them the
 * project's: every file that is not the fork's is (the guide's last row, "any other file").
 */
export const UPSTREAM_OWNED: readonly Owned[] = [
  { path: 'content/guide/', holds: 'the baseline guidance: pages, trees, outcomes, rules, glossary, search words' },
  {
    path: 'content/guide/project.yaml',
    holds: 'the main project’s own details: when it last reviewed the guide, where to report a mistake',
  },
  { path: 'content/sources.yaml', holds: 'the baseline’s sources' },
  { path: 'src/', holds: 'the engine that builds the site' },
  { path: 'public/', holds: 'files published as they are (the icon)' },
  { path: 'docs/', holds: 'the guides, decisions and generated lists' },
  { path: 'tests/', holds: 'the tests, including the example fork in tests/fixtures/fork/' },
  { path: 'scripts/', holds: 'the commands behind `npm run`' },
  { path: '.github/', holds: 'the publishing workflow (docs/deploy.md)' },
  { path: 'CHANGELOG.md', holds: 'what each version changed, with a section for forks' },
  { path: 'README.md', holds: 'the project’s front page' },
  { path: 'package.json', holds: 'the version, the commands and what the project needs' },
  { path: 'package-lock.json', holds: 'the exact versions `npm ci` installs' },
];

export type Owner = 'fork' | 'upstream';

/** Who owns a file, given as a path from the top of the repository with `/` between folders. */
export function ownerOf(path: string): Owner {
  return FORK_OWNED.some((o) => (o.path.endsWith('/') ? path.startsWith(o.path) : path === o.path)) ? 'fork' : 'upstream';
}
