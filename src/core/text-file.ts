/**
 * Reading a content file as text. Every content file is UTF-8 (a byte-order mark at the start is
 * allowed and dropped): a file saved in another encoding would otherwise show "?" marks or break
 * the build far from the file, so it is reported here with the first line that is not UTF-8.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined with a problem when it cannot be read or is not UTF-8. */
export function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    problems.push({
      file,
      message: 'The file cannot be opened.',
      fix: 'Check that it is a file, not a folder or a link, and that you can open it in a text editor.',
    });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (text !== undefined) return text;
  problems.push({
    file,
    line: firstBadLine(bytes),
    message: 'The file is not saved as UTF-8 text, so some letters on this line (such as é or a curly quote) cannot be read.',
    fix: 'Open the file in a text editor and save it again with the encoding "UTF-8" (in VS Code: click the encoding at the bottom right, then "Save with Encoding", then "UTF-8").',
  });
  return undefined;
}

/** The text of a file already known to be UTF-8 (the check has passed): for the build, which has nowhere to report. */
export function readCheckedText(path: string): string {
  return decodeUtf8(readFileSync(path)) ?? readFileSync(path, 'utf8');
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    // TextDecoder drops a leading byte-order mark.
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The 1-based line of the first byte that is not UTF-8 (a newline byte never occurs inside a UTF-8 letter). */
function firstBadLine(bytes: Buffer): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    if (decodeUtf8(bytes.subarray(start, end)) === undefined) return line;
    start = end + 1;
    line += 1;
  }
  return 1;
}
