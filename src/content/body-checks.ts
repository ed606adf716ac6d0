/**
 * Checks on the text of a page (MDX) or an outcome (Markdown) before the build sees it:
 * - nesting: quotes or lists nested more than MAX_DEPTH deep crash the build, so they are refused
 *   (counted line by line first, since the parser itself can run out of stack on them);
 * - links and pictures: only the addresses src/content/links.ts allows, and pictures only from
 *   this site (a picture from elsewhere tells that site who reads the page);
 * - in an outcome, no HTML at all (its text is Markdown only);
 * - in a page, no HTML element that loads, runs or sends anything (<script>, <iframe>, <meta>, …),
 *   no event handler (`onclick=`), and components written with their capital letters.
 *
 * MDX can still run code: an `import`, an `export` or a `{…}` expression is JavaScript, run at
 * build time. That is by design (docs/authoring.md, "What MDX can do"), so a fork's editors must be
 * trusted with MDX, and changes reviewed.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { linkRefusal } from '../core/links.ts';
import type { Problem } from '../core/problems.ts';
import { MDX_COMPONENT_NAMES } from './mdx-components.ts';

/** More levels of quotes or lists than any page needs; far fewer than the build can take. */
export const MAX_DEPTH = 20;

/** A problem in a text, at a line counted from its first line (1). */
export interface BodyProblem {
  line: number;
  message: string;
  fix: string;
}

/** HTML elements a page may not use: each loads, runs or sends something, or changes the page around it. */
const REFUSED_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'meta',
  'base',
  'form',
  'style',
  'link',
  'applet',
  'portal',
]);
/** Attributes that load something as the page opens, rather than when a reader follows a link. */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'xlink:href']);
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite']);

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

export function checkBody(body: string, kind: 'mdx' | 'markdown'): BodyProblem[] {
  const deep = tooDeep(body);
  if (deep) return [deep];
  let root: Node;
  try {
    root = (kind === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as Node;
  } catch (error) {
    // Running out of stack is nesting the line count did not see (tags in tags, emphasis in
    // emphasis); an MDX syntax error is reported, with its line, by the compile check.
    return error instanceof RangeError || kind === 'markdown' ? [nestingProblem(1)] : [];
  }
  const problems: BodyProblem[] = [];
  let html = false;
  // [node, levels of quotes, lists and tags around it, levels of any kind around it]
  const stack: [Node, number, number][] = [[root, 0, 0]];
  while (stack.length) {
    const [node, depth, levels] = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    const nested = depth + (CONTAINERS.has(node.type) ? 1 : 0);
    if (nested > MAX_DEPTH || levels > MAX_LEVELS) return [nestingProblem(line)];
    // One HTML problem per text: the first tag says it all.
    if (node.type === 'html' && html) continue;
    const found = nodeProblems(node, line, kind);
    html ||= node.type === 'html' && found.length > 0;
    problems.push(...found);
    for (const child of node.children ?? []) stack.push([child, nested, levels + 1]);
  }
  return problems.sort((a, b) => a.line - b.line);
}

const CONTAINERS = new Set(['blockquote', 'list', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Levels of any kind (a list is two: the list and its item; emphasis, links and paragraphs one each). */
const MAX_LEVELS = 3 * MAX_DEPTH;

function nodeProblems(node: Node, line: number, kind: 'mdx' | 'markdown'): BodyProblem[] {
  switch (node.type) {
    case 'link':
    case 'definition':
      return linkProblems(node.url ?? '', line, 'link');
    case 'image':
      return linkProblems(node.url ?? '', line, 'picture');
    case 'html':
      // A closing tag belongs to an opening one, already reported.
      return /^\s*<\//.test(node.value ?? '')
        ? []
        : [
            {
              line,
              message: `This text contains HTML (\`${(node.value ?? '').trim().slice(0, 60)}\`), which an outcome cannot use.`,
              fix: 'Write it in Markdown only: **bold**, *italic*, [words](/address/) for a link, "- " for a list. Write "less than" instead of <.',
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return kind === 'mdx' ? elementProblems(node, line) : [];
    default:
      return [];
  }
}

function linkProblems(url: string, line: number, what: 'link' | 'picture', attribute?: string): BodyProblem[] {
  const shown = `\`${url.length > 60 ? `${url.slice(0, 60)}…` : url}\``;
  const on = attribute ? ` (in \`${attribute}=\`)` : '';
  if (what === 'picture' && !/^\/(?![/\\])/.test(url.trim())) {
    return [
      {
        line,
        message: `The picture ${shown}${on} is not a file of this site.`,
        fix: 'A picture from another site would tell that site who reads the page, and a file path may reach outside the project. Remove it, or ask the project to add the picture to the site.',
      },
    ];
  }
  const refused = linkRefusal(url);
  return refused ? [{ line, message: `The link ${shown}${on} ${refused.message}.`, fix: refused.fix }] : [];
}

function elementProblems(node: Node, line: number): BodyProblem[] {
  const name = node.name;
  if (!name || (MDX_COMPONENT_NAMES as readonly string[]).includes(name)) return attributeProblems(node, line);
  const component = MDX_COMPONENT_NAMES.find((c) => c.toLowerCase() === name.toLowerCase());
  if (component) {
    return [
      {
        line,
        message: `\`<${name}>\` is written in the wrong letters, so the page would show nothing there.`,
        fix: `Did you mean <${component} />? Write it with the capital letters, exactly like that.`,
      },
    ];
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    return [
      {
        line,
        message: `\`<${name}>\` is not a component pages can use.`,
        fix: `Use one of ${MDX_COMPONENT_NAMES.map((n) => `<${n} />`).join(', ')}, or remove it.`,
      },
    ];
  }
  if (REFUSED_ELEMENTS.has(name.toLowerCase())) {
    return [
      {
        line,
        message: `\`<${name}>\` is not allowed on a page: it can load or run something from another site, send what readers type, or change where the page leads.`,
        fix: `Remove the \`<${name}>\`. Link to another site with [words](https://…) instead, and see docs/authoring.md for what a page can hold.`,
      },
    ];
  }
  return attributeProblems(node, line);
}

function attributeProblems(node: Node, line: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    const name = attribute.name?.toLowerCase() ?? '';
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (name.startsWith('on')) {
      problems.push({
        line,
        message: `\`<${node.name} ${attribute.name}=…>\` runs a script when the reader does something, which pages may not do.`,
        fix: `Remove \`${attribute.name}=\` and what follows it.`,
      });
    } else if (typeof attribute.value === 'string' && (LOADING_ATTRIBUTES.has(name) || LINK_ATTRIBUTES.has(name))) {
      const what = LOADING_ATTRIBUTES.has(name) ? 'picture' : 'link';
      for (const url of name === 'srcset' ? attribute.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [attribute.value]) {
        problems.push(...linkProblems(url, line, what, attribute.name));
      }
    }
  }
  return problems;
}

function nestingProblem(line: number): BodyProblem {
  return {
    line,
    message: `The text is nested more than ${MAX_DEPTH} levels deep (quotes inside quotes, lists inside lists, tags inside tags, or emphasis inside emphasis).`,
    fix: 'Flatten it: readers cannot follow more than a few levels. Use headings or separate lists instead.',
  };
}

/** The first line whose quotes and list markers, with the indentation of a nested list, go deeper than MAX_DEPTH. */
function tooDeep(body: string): BodyProblem | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    let markers = 0;
    for (
      let m = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/.exec(rest);
      m;
      m = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/.exec(rest)
    ) {
      markers += 1;
      rest = rest.slice(m[0].length);
      if (markers > MAX_DEPTH) break;
    }
    if (markers && markers + Math.floor(indent / 2) > MAX_DEPTH) return nestingProblem(i + 1);
  }
  return undefined;
}

/**
 * The problems in a Markdown field of a YAML file (an outcome's `body`), at their lines: `at` is
 * the line of the field's key, and a text of several lines is a block (`body: |`) starting below it.
 */
export function markdownFieldProblems(text: string, at: { file: string; line?: number }, where: string): Problem[] {
  const below = text.includes('\n') ? 1 : 0;
  return checkBody(text, 'markdown').map((p) => ({
    file: at.file,
    line: at.line === undefined ? undefined : at.line + below + p.line - 1,
    where,
    message: p.message,
    fix: p.fix,
  }));
}
