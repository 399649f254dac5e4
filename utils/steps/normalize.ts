/**
 * Text normalisation shared by detection rules and page snapshots: case, &nbsp;, hyphens, punctuation
 * and the articles a/an/the are folded, so "Two Factor", "TWO-FACTOR:" and "Select the User Role" read
 * "two factor" and "select user role". ASCII only: both sites are in English, and an ASCII class is much cheaper
 * to compile on every page load than a Unicode property class.
 */
export function normalizeText(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ (?:a|an|the)(?= )/g, '')
    .trim();
}

/** Whole-word containment of an already-normalised phrase in already-normalised text. */
export function containsPhrase(text: string, phrase: string): boolean {
  return !!phrase && ` ${text} `.includes(` ${phrase} `);
}

/** How many words a normalised text has. */
export const wordCount = (text: string): number => (text ? text.split(' ').length : 0);
