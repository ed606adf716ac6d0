/**
 * Words as search compares them, the same in the build (the thesaurus check, the vocabulary) and
 * in the browser (the query). Pure: no DOM, no Node.
 *
 * Pagefind drops apostrophes inside words ("I'm" is indexed as "im") and ignores case and
 * accents; so do we, or a word the reader types would not meet the word in the index.
 */

/** Lower case, accents and apostrophes removed, then split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

/**
 * The same words, keeping the case the reader typed (to recognise acronyms such as "VA" or "PO").
 * An acronym's endings are dropped: "OD'd", "ODing" and "ROIs" are "OD" and "ROI".
 */
export function typedWords(text: string): string[] {
  return (
    text
      .replace(/\b([A-Z]{2,})['’]?(?:d|ed|ing|s|es)\b/g, '$1')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘`]/g, '')
      .match(/[A-Za-z0-9]+/g) ?? []
  );
}

/** A phrase as one canonical string: its words joined by single spaces ("Passed  Away!" → "passed away"). */
export function phrase(text: string): string {
  return words(text).join(' ');
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

/** The singular of a plural ("kids" → "kid", "parties" → "party"); other words as they are. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A light English stem, enough to tell that "overdosed", "overdoses" and "overdose" are one word
 * (Pagefind stems with Snowball; this only has to agree on whether a word is in the index).
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "hopping" → "hopp" → "hop"; "overdose" and "overdos(ed)" meet at "overdos".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
