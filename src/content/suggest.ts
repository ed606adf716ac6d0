import { closest } from './problems.ts';

/** "Did you mean …?" when a close spelling exists, else what to check. */
export function suggestion(value: string, options: string[], noun: string, otherwise: string): string {
  // Prefer a same-slug match in another section (a common slip), then the nearest spelling.
  const slug = value.split('/').pop();
  const guess = options.find((o) => o !== value && o.split('/').pop() === slug) ?? closest(value, options);
  return guess ? `Did you mean \`${guess}\`? Correct it, ${otherwise}.` : `Check the spelling of the ${noun}, ${otherwise}.`;
}
