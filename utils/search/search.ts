import type { StepId } from '../steps/ids';
import type { ContactId, Step } from '../steps/schema';
import { meaningsOf, synonymTable } from './synonyms';
import type { SynonymTable } from './synonyms';
import { words } from './words';

/**
 * "What went wrong?": an offline search over the guide's own content. Every problem and its fix, every step
 * (title, summary, checklist, guidance, what to have ready) and every help contact is one entry. A query matches an
 * entry by its words, their simple forms, and their meanings (synonyms.ts); the words of a problem weigh most, so a
 * problem that matches comes before the step that holds it.
 *
 * Hand-rolled on purpose: measured against MiniSearch and FlexSearch on the same queries, it finds as much or more
 * and costs a fraction of their size in the panel (docs/search.md).
 */

type SearchKind = 'problem' | 'step' | 'contact';

export interface SearchEntry {
  kind: SearchKind;
  /** The step to show when the entry is chosen (for a contact: the first step that lists it). */
  stepId: StepId;
  stepTitle: string;
  /** A problem's id (the step view's data-problem-id). */
  problemId?: string;
  contactId?: ContactId;
  /** What the entry is: the problem as users say it, the step's summary, or the contact's name. */
  text: string;
  /** How to reach a contact. */
  detail?: string;
}

export interface ContactInfo {
  name: string;
  detail: string;
}

interface Doc {
  entry: SearchEntry;
  /** Term (a word's simple form, or a meaning "~n") → the weight of the heaviest field holding it. */
  terms: Map<string, number>;
}

export interface GuideIndex {
  docs: Doc[];
  /** In how many entries each term occurs. */
  df: Map<string, number>;
  /** Every word form in the guide (no meanings): the candidates for an unfinished or misspelt word. */
  vocabulary: string[];
  table: SynonymTable;
}

/** How much a field says about what an entry is about. */
const WEIGHT = { problem: 3, fix: 1, title: 2.5, summary: 1.5, checklist: 1, detail: 0.7, context: 0.5 } as const;
/** How far a looser match counts against the word itself. */
const MEANING = 0.7;
const PREFIX = 0.6;
const TYPO = 0.6;
/** Results worth less than this share of the best one are noise (a lone common word). */
const CUTOFF = 0.2;

export function buildIndex(steps: readonly Step[], contacts: Readonly<Record<ContactId, ContactInfo>>, table = synonymTable()): GuideIndex {
  const docs: Doc[] = [];
  const add = (entry: SearchEntry, fields: [string, number][]) => {
    const terms = new Map<string, number>();
    for (const [text, weight] of fields) {
      const ws = words(text);
      for (const t of [...ws, ...meaningsOf(ws, table)]) terms.set(t, Math.max(terms.get(t) ?? 0, weight));
    }
    docs.push({ entry, terms });
  };
  for (const s of steps) {
    const base = { stepId: s.id, stepTitle: s.title };
    for (const p of s.problems) {
      add({ kind: 'problem', ...base, problemId: p.id, text: p.problem }, [
        [p.problem, WEIGHT.problem],
        [p.fix, WEIGHT.fix],
        [s.title, WEIGHT.context],
      ]);
    }
    add({ kind: 'step', ...base, text: s.summary }, [
      [s.title, WEIGHT.title],
      [s.summary, WEIGHT.summary],
      ...s.checklist.map((c): [string, number] => [c.label, WEIGHT.checklist]),
      ...s.haveReady.map((h): [string, number] => [h, WEIGHT.detail]),
      ...s.guidance.map((g): [string, number] => [g.text, WEIGHT.detail]),
    ]);
  }
  for (const id of Object.keys(contacts) as ContactId[]) {
    const home = steps.find((s) => s.contacts.includes(id));
    if (!home) continue;
    const c = contacts[id];
    add({ kind: 'contact', stepId: home.id, stepTitle: home.title, contactId: id, text: c.name, detail: c.detail }, [
      [c.name, WEIGHT.title],
      [c.detail, WEIGHT.summary],
    ]);
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = [...df.keys()].filter((t) => !t.startsWith('~'));
  return { docs, df, vocabulary, table };
}

/** True when a and b differ by at most one letter added, dropped, changed or two swapped. */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

type Alternatives = Map<string, number>;

/** Each word of the query with what may stand for it, and how much each counts. */
function queryUnits(index: GuideIndex, query: string): Alternatives[] {
  const ws = words(query);
  // The last word is still being typed unless a space follows it.
  const typing = /[\p{L}\p{N}]$/u.test(query) ? ws.length - 1 : -1;
  const units = ws.map((w, i): Alternatives => {
    const alt: Alternatives = new Map([[w, 1]]);
    const put = (t: string, f: number) => alt.set(t, Math.max(alt.get(t) ?? 0, f));
    const known = index.df.has(w);
    for (const v of index.vocabulary) {
      if (i === typing && w.length >= 3 && v.startsWith(w)) put(v, PREFIX);
      else if (!known && w.length >= 5 && nearlySame(w, v)) put(v, TYPO);
    }
    for (const [t, f] of [...alt]) for (const m of meaningsOf([t], index.table)) put(m, f * MEANING);
    return alt;
  });
  // A phrase's meaning ("security code", "locked out") stands for each of its words.
  for (let i = 0; i < ws.length; i++) {
    for (let n = 2; n <= index.table.longest && i + n <= ws.length; n++) {
      for (const m of index.table.phrases.get(ws.slice(i, i + n).join(' ')) ?? []) {
        for (let j = i; j < i + n; j++) units[j]!.set(m, Math.max(units[j]!.get(m) ?? 0, MEANING));
      }
    }
  }
  return units;
}

/** The entries that best match a query, best first, at most `limit`. */
export function search(index: GuideIndex, query: string, limit = 8): SearchEntry[] {
  const units = queryUnits(index, query);
  if (units.length === 0) return [];
  const n = index.docs.length;
  const idf = (t: string) => Math.log(1 + n / (index.df.get(t) ?? n));
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const doc of index.docs) {
    let score = 0;
    let matched = 0;
    for (const alt of units) {
      let best = 0;
      for (const [t, f] of alt) {
        const w = doc.terms.get(t);
        if (w) best = Math.max(best, f * w * idf(t));
      }
      if (best > 0) matched++;
      score += best;
    }
    // Entries matching every word of the query come first; a problem before the step that holds it.
    if (score > 0) scored.push({ entry: doc.entry, score: score * (matched / units.length) ** 2 });
  }
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score >= top * CUTOFF)
    .slice(0, limit)
    .map((s) => s.entry);
}
