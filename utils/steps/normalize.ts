/**
 * Text normalisation shared by detection rules and page snapshots: case, accents, &nbsp;, hyphens and
 * punctuation are folded so "Two Factor", "TWO-FACTOR" and "two‑factor:" all read "two factor".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\-_/]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-word containment of an already-normalised phrase in already-normalised text. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}
