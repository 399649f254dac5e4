import { describe, expect, it } from 'vitest';
import { PRACTICE_SCREENS } from '@/utils/practice/screens';
import { SOURCES, sourceOf } from '@/utils/steps/catalogue/sources';
import { WORDS } from '@/utils/steps/catalogue/words';
import { CLAIMS, HEDGED } from './claims';
import type { EvidenceClaim } from './claims';

/**
 * Every claim against the words of the sources it cites. A reviewer reads claim and quote side by side
 * (docs/sources.md); these checks do the mechanical part of that reading:
 * - every citation carries the source's words (a page we could not open carries none, and is marked so);
 * - the words are the registry's verbatim passages (words.ts), never a copy of the claim;
 * - a claim worded as certain cites at least one source whose words we have (an inference says so in its wording);
 * - the claim's key terms (numbers, dates, phone numbers, email addresses, quoted labels) appear in the words of a
 *   cited source, hedged or not: an inference about a date or a label still needs the words it reasons from;
 * - each cited source's words touch the claim (they share a content word).
 */

const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const STOP = new Set(
  'this that with from your your have will when then they them their there what which about into only also more most than been were does must each every after before other these those here page pages step steps guide sign'.split(
    ' ',
  ),
);
/**
 * Content words: 4+ letters (or an acronym such as CCN or PSO), not a stop word, cut to five letters; two words
 * meet when one cut is a prefix of the other ("approves" meets "approval", "roles" meets "role").
 */
const stems = (t: string) =>
  t
    .replace(/[“”"‘’'`]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => (w.length >= 4 || (w.length === 3 && /^[A-Z]+$/.test(w))) && !STOP.has(w.toLowerCase()))
    .map((w) => w.toLowerCase().slice(0, 5));
const touches = (a: string, b: string) => {
  const own = stems(b);
  return stems(a).some((w) => own.some((v) => w.startsWith(v) || v.startsWith(w)));
};

/** Numbers as written ("1-866-288-8912", "7:00", "2023"), compared by their digits; a leading 1 of a phone number is dropped. */
const numbers = (t: string) =>
  [...t.matchAll(/\d+(?:[-.:,/]\d+)*/g)].map((m) => {
    const digits = m[0].replace(/\D/g, '');
    return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  });

/** Email addresses: a contact's address must be in its sources' words. */
const emails = (t: string) => [...t.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());

/** Quoted labels and phrases of the claim ("Initiate Manual Proofing"); "…" splits a quote into parts. */
const quoted = (t: string) => [...t.matchAll(/"([^"]+)"/g)].flatMap((m) => m[1]!.split('…').map((p) => p.trim())).filter(Boolean);

/** Everything wrong with one claim's evidence, as readable messages. */
export function evidenceProblems(claim: EvidenceClaim): string[] {
  const out: string[] = [];
  const hedged = HEDGED.test(claim.text);
  const worded = claim.cite.filter((c) => c.says);
  if (!hedged && worded.length === 0) out.push(`${claim.where}: worded as certain, but no cited source's words hold it`);
  for (const c of claim.cite) {
    const source = sourceOf(c.source);
    if (source.unavailable) {
      if (c.says) out.push(`${claim.where}: quotes ${c.source}, a page marked unavailable`);
      continue;
    }
    if (c.says.trim().length < 12) {
      out.push(`${claim.where}: cites ${c.source} without its words`);
      continue;
    }
    const says = fold(c.says);
    const text = fold(claim.text);
    if (says === text || (says.length > 30 && text.includes(says)) || (text.length > 30 && says.includes(text))) {
      out.push(`${claim.where}: the words of ${c.source} are a copy of the claim`);
    }
    if (!touches(c.says, `${claim.text} ${claim.context ?? ''}`)) out.push(`${claim.where}: the words of ${c.source} do not touch the claim`);
  }
  {
    const words = worded.map((c) => fold(c.says)).join(' | ');
    const nums = new Set(worded.flatMap((c) => numbers(c.says)));
    // A year may also be the cited page's own date (or the year its title gives it).
    const years = new Set(worded.flatMap((c) => [sourceOf(c.source).published?.slice(0, 4) ?? '', ...numbers(sourceOf(c.source).title)]));
    for (const n of numbers(claim.text)) {
      if (!nums.has(n) && !years.has(n)) out.push(`${claim.where}: "${n}" is in no cited source's words`);
    }
    for (const q of quoted(claim.text)) if (!words.includes(fold(q))) out.push(`${claim.where}: "${q}" is in no cited source's words`);
    for (const e of emails(claim.text)) if (!words.includes(e)) out.push(`${claim.where}: "${e}" is in no cited source's words`);
  }
  return out;
}

describe('every claim shows its evidence', () => {
  it('every citation carries its words, and only a page we could not open carries none', () => {
    const problems: string[] = [];
    const all = [...CLAIMS, ...PRACTICE_SCREENS.map((s) => ({ where: `practice ${s.id}`, text: s.heading, cite: s.cite }))];
    for (const claim of all) {
      for (const c of claim.cite) {
        const unavailable = !!sourceOf(c.source).unavailable;
        if (unavailable !== !c.says) problems.push(`${claim.where}: ${c.source} ${unavailable ? 'is unavailable but quoted' : 'has no words'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('quotes only the registry of verbatim passages, each passage from its own source', () => {
    for (const claim of CLAIMS) {
      for (const c of claim.cite.filter((c) => c.says)) {
        const passages = Object.values((WORDS as Record<string, Record<string, string>>)[c.source] ?? {});
        expect(passages, `${claim.where}: ${c.source}`).toContain(c.says);
      }
    }
    // Every registered passage belongs to a source that exists and can be opened.
    for (const id of Object.keys(WORDS)) {
      expect(SOURCES, id).toHaveProperty(id);
      expect(sourceOf(id as keyof typeof SOURCES).unavailable, id).toBeUndefined();
    }
  });

  it("holds every claim: key terms in a cited source's words (or hedged), and each source's words touch the claim", () => {
    expect(CLAIMS.length).toBeGreaterThan(100);
    expect(CLAIMS.flatMap(evidenceProblems)).toEqual([]);
  });

  it('catches a claim its words do not hold', () => {
    const words = { source: 'mo-16002', says: WORDS['mo-16002'].status24 } as const;
    expect(evidenceProblems({ where: 'x', text: 'Approvals take up to 48 hours.', cite: [words] })).toEqual(['x: "48" is in no cited source\'s words']);
    expect(evidenceProblems({ where: 'x', text: 'Select "Approve All" on the status page.', cite: [words] })).toEqual([
      'x: "Approve All" is in no cited source\'s words',
    ]);
    expect(evidenceProblems({ where: 'x', text: 'Ask the desk at help@example.org about approvals.', cite: [words] })).toEqual([
      'x: "help@example.org" is in no cited source\'s words',
    ]);
    // Hedging does not excuse a number the words do not hold.
    expect(evidenceProblems({ where: 'x', text: 'Approvals most likely take up to 48 hours.', cite: [words] })).toEqual([
      'x: "48" is in no cited source\'s words',
    ]);
    // An inference may rest on no quoted page when it says so; worded as certain, it may not.
    expect(evidenceProblems({ where: 'x', text: 'Status changes most likely take a while.', cite: [{ source: 'tx-hhs-chow', says: '' }] })).toEqual([]);
    expect(evidenceProblems({ where: 'x', text: 'Your phone needs an authenticator app.', cite: [words] })).toEqual([
      'x: the words of mo-16002 do not touch the claim',
    ]);
    expect(evidenceProblems({ where: 'x', text: WORDS['mo-16002'].status24, cite: [words] })).toEqual(['x: the words of mo-16002 are a copy of the claim']);
    expect(evidenceProblems({ where: 'x', text: 'Roles lapse after 60 days.', cite: [{ source: 'tx-hhs-chow', says: '' }] })).toEqual([
      'x: worded as certain, but no cited source\'s words hold it',
      'x: "60" is in no cited source\'s words',
    ]);
    expect(evidenceProblems({ where: 'x', text: 'Status changes take up to 24 hours.', cite: [{ source: 'mo-16002', says: '' }] })).toEqual([
      'x: worded as certain, but no cited source\'s words hold it',
      'x: cites mo-16002 without its words',
      'x: "24" is in no cited source\'s words',
    ]);
  });
});
