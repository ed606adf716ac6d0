/**
 * The organization's logo: where it is published, and the checks on the file. It must be a real
 * file inside content/org/ (not a link to elsewhere), and an SVG logo must be a plain picture: a
 * script or a link in it would run or load on the site's own address when the logo is opened
 * directly, on any host that ignores the security headers.
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { closest, type Problem } from '../core/problems.ts';
import { readText } from '../core/text-file.ts';

/** Where the logo is published: one fixed name, so it can never replace a file of the site (favicon.svg). */
export function logoFile(logo: string): string {
  return `org-logo${extname(logo)}`;
}

const SVG_REFUSALS: [RegExp, string][] = [
  [/<script\b/i, 'contains a script'],
  [/\son[a-z]+\s*=/i, 'contains an event handler (an `on…=` attribute), which is a script'],
  [/<foreignObject\b/i, 'contains a `<foreignObject>`, which can hold a web page inside the picture'],
  [/\bhref\s*=\s*["']?(?!\s*#)/i, 'links to another file or address (an `href` that does not start with #)'],
  [/url\(\s*["']?(?!\s*#)/i, 'loads another file or address (a `url(…)` that does not start with #)'],
  [/@import\b/i, 'loads another file (an `@import`)'],
  [/<!ENTITY\b/i, 'defines an XML entity, which can read other files'],
];

/** Problems with the logo file named in site.yaml (its spelling was checked by the schema); `line` is where `logo:` is. */
export function checkLogo(contentDir: string, logo: string, at: Pick<Problem, 'file' | 'line'>, rel: (path: string) => string): Problem[] {
  const path = join(contentDir, logo);
  const where = { ...at, where: 'logo' };
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    const folder = dirname(path);
    const names = existsSync(folder) ? readdirSync(folder).filter((n) => /\.(svg|png|webp)$/i.test(n)) : [];
    const guess = closest(logo.split('/').pop()!, names);
    return [
      {
        ...where,
        message: `The logo file content/${logo} is not there.`,
        fix: guess
          ? `Did you mean \`${relative(contentDir, join(folder, guess)).split(sep).join('/')}\`? Names must match exactly, capital letters too.`
          : `Upload the logo into content/org/ (see docs/fork-guide.md, section 5), or correct the name after \`logo:\`, or remove the \`logo:\` line.`,
      },
    ];
  }
  // A link (symlink) is reported once, where it is, by checkContentFiles.
  if (stat.isSymbolicLink()) return [];
  if (!stat.isFile())
    return [
      {
        ...where,
        message: `content/${logo} is a folder, not a picture.`,
        fix: 'Write the name of the logo file itself, for example org/logo.svg.',
      },
    ];
  const inside = relative(realpathSync(join(contentDir, 'org')), realpathSync(path));
  if (inside.startsWith('..') || inside.startsWith(sep)) {
    return [
      {
        ...where,
        message: `The logo is reached through a link to a folder outside content/org/.`,
        fix: 'Put the logo file itself in content/org/, and write its name after `logo:`.',
      },
    ];
  }
  if (extname(logo).toLowerCase() !== '.svg') return [];
  const problems: Problem[] = [];
  const text = readText(path, rel(path), problems);
  if (text === undefined) return problems;
  for (const [pattern, what] of SVG_REFUSALS) {
    const match = pattern.exec(text);
    if (!match) continue;
    return [
      {
        file: rel(path),
        line: text.slice(0, match.index).split('\n').length,
        message: `The SVG logo ${what}. The site publishes only plain pictures: a logo opened on its own is treated as a page of the site, so anything it runs or loads would act as the site.`,
        fix: 'Save the logo again as a plain picture: in Inkscape, "Save As" → "Optimized SVG" or "Plain SVG"; or export it as a PNG file and write `logo: org/logo.png`.',
      },
    ];
  }
  return [];
}
