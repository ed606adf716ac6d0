/** Reading one YAML file for a check: its data and a way to find lines, or its syntax problem. */
import { existsSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { yamlLocator, yamlSyntaxProblems, type Locate, type PathSegment, type Problem } from '../core/problems.ts';
import { readText } from '../core/text-file.ts';

export interface YamlFile {
  /** The file, as printed in problems. */
  file: string;
  data: unknown;
  text: string;
  lines: (path: readonly PathSegment[]) => number | undefined;
}

/** The file's data, or undefined when it is absent or cannot be read (the syntax problem is reported). */
export function readYamlFile(path: string, file: string, problems: Problem[]): YamlFile | undefined {
  if (!existsSync(path)) return undefined;
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return undefined;
  }
  return { file, data: parseDocument(text).toJS() ?? {}, text, lines: yamlLocator(text) };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Places in one file (a file no organization's file is laid over). */
export function locateIn(source: YamlFile): Locate {
  return (path) => ({ file: source.file, line: source.lines(path) });
}
