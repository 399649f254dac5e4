/**
 * Text normalisation shared by detection rules and page snapshots: case, &nbsp;, hyphens, punctuation
 * and the articles a/an/the are folded, so "Two Factor", "TWO-FACTOR:" and "Select the User Role" read
 * "two factor" and "select user role". ASCII letters and digits make words; anything else separates them (both
 * sites are in English).
 *
 * A character loop, not regular expressions: it runs on the first page read, where V8 compiles each regex and
 * then compiles it again when it tiers up (measured in Node: first two calls 0.27 ms with regexes, 0.14 ms so).
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const word = lower.slice(start, end);
    start = -1;
    if (word === 'a' || word === 'an' || word === 'the') return;
    out = out ? `${out} ${word}` : word;
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else flush(i);
  }
  flush(lower.length);
  return out;
}

/** Whole-word containment of an already-normalised phrase in already-normalised text. */
export function containsPhrase(text: string, phrase: string): boolean {
  return !!phrase && ` ${text} `.includes(` ${phrase} `);
}

/** How many words a normalised text has. */
export const wordCount = (text: string): number => (text ? text.split(' ').length : 0);
