/**
 * Every file under content/, before any is read: a file in the wrong place would otherwise be left
 * out without a word (a page in content/org/policy/, a tree change saved as .yml, a page named
 * .MDX), and a link to another place (a symlink) would publish whatever it points to. Each is
 * reported with where the file should go.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { closest, type Problem } from '../core/problems.ts';
import { SECTION_IDS } from '../core/sections.ts';

/** The data files each folder may hold, besides page folders and trees/. */
const DATA_FILES: Record<string, readonly string[]> = {
  '': ['site.yaml', 'sources.yaml'],
  guide: ['changes.yaml', 'crisis-words.yaml', 'glossary.yaml', 'outcomes.yaml', 'rules.yaml', 'synonyms.yaml'],
  org: ['changes.yaml', 'crisis-words.yaml', 'outcomes.yaml', 'rules.yaml', 'sources.yaml', 'synonyms.yaml'],
};

const PAGE = /\.(mdx|md|markdown)$/i;
const YAML = /\.ya?ml$/i;

export function checkContentFiles(contentDir: string, rel: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        problems.push({
          file: rel(path),
          message:
            'This is a link to a file or folder somewhere else (a symbolic link), and the site publishes only files kept in content/.',
          fix: 'Delete the link and put a copy of the file itself in its place.',
        });
      } else if (stat.isDirectory()) visit(path);
      else if (stat.isFile()) {
        const problem = misplaced(relative(contentDir, path).split(sep).join('/'));
        if (problem) problems.push({ file: rel(path), ...problem });
      }
    }
  };
  visit(contentDir);
  return problems;
}

type Misplaced = Pick<Problem, 'message' | 'fix'>;

/** Why a file at this path (relative to content/, with /) is not read, or nothing when it is fine or not content. */
function misplaced(path: string): Misplaced | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (PAGE.test(name)) return misplacedPage(parts, name);
  if (YAML.test(name)) return misplacedData(parts, name);
  return undefined;
}

function misplacedPage(parts: string[], name: string): Misplaced | undefined {
  const [top, folder] = parts;
  const inOrg = top === 'org';
  const root = top === 'guide' ? 'content/guide' : 'content/org';
  const slug = name.replace(PAGE, '');
  const goodName = `${slug}.mdx`;
  const inSection = (top === 'guide' || inOrg) && parts.length === 3 && (SECTION_IDS as readonly string[]).includes(folder!);
  if (inSection) {
    if (/\.mdx?$/.test(name)) return undefined;
    return {
      message: `The page file name ends in "${name.slice(slug.length)}", so the site does not read it.`,
      fix: `Rename the file to ${goodName} (the ending in lower-case letters).`,
    };
  }
  const section = parts
    .slice(0, -1)
    .filter((part) => part !== 'org' && part !== 'guide')
    .map((part) => sectionLike(part.toLowerCase()))
    .find(Boolean);
  const where = section
    ? `${root}/${section}/${goodName}`
    : `a section folder, for example ${root}/policies/${goodName} for your own policy (the folders are ${SECTION_IDS.join(', ')})`;
  return {
    message: `The page is not in a section folder, so the site does not read it.`,
    fix: `Move it to ${where}.`,
  };
}

/** The section a folder name means: the same, its plural (policy → policies), or a close spelling. */
function sectionLike(folder: string): string | undefined {
  return (
    SECTION_IDS.find((id) => id === folder || id === `${folder}s` || id === folder.replace(/y$/, 'ies')) ?? closest(folder, SECTION_IDS)
  );
}

function misplacedData(parts: string[], name: string): Misplaced | undefined {
  const dir = parts.slice(0, -1).join('/');
  const goodName = name.replace(YAML, '.yaml');
  const isTree = (dir === 'guide/trees' || dir === 'org/trees') && parts.length === 3;
  const known = DATA_FILES[dir] ?? [];
  if ((isTree || known.includes(goodName.toLowerCase())) && name === goodName) return undefined;
  if (isTree || known.includes(goodName.toLowerCase())) {
    return {
      message: `The file name ends in "${name.slice(name.lastIndexOf('.'))}", so the site does not read it.`,
      fix: `Rename the file to ${isTree ? goodName : goodName.toLowerCase()} (ending in .yaml, in lower-case letters).`,
    };
  }
  if (dir !== 'org' && !dir.startsWith('org/')) return undefined;
  const guess = closest(goodName.toLowerCase(), DATA_FILES.org!);
  return {
    message: 'The site does not read a file of this name in this folder.',
    fix: guess
      ? `Did you mean content/org/${guess}? Rename it. A change to a tree goes in content/org/trees/, named like the tree's file (for example may-i-share.yaml).`
      : `The files content/org/ can hold are ${DATA_FILES.org!.join(', ')}, and tree changes in content/org/trees/ (see docs/fork-guide.md). Move or rename it, or delete it.`,
  };
}
