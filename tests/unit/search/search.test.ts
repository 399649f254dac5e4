import { describe, expect, it } from 'vitest';
import { CONTACTS } from '@/components/contacts';
import { buildIndex, search } from '@/utils/search/search';
import { stem, words } from '@/utils/search/words';
import { STEPS } from '@/utils/steps/catalogue';
import { QUERIES } from './queries';
import { rankOf } from './score';

const index = buildIndex(STEPS, CONTACTS);

describe('reading words', () => {
  it('folds simple suffixes so forms of one word meet', () => {
    expect(['locked', 'lock', 'locks', 'locking'].map(stem)).toEqual(['lock', 'lock', 'lock', 'lock']);
    expect(stem('facilities')).toBe(stem('facility'));
    expect(stem('approved')).toBe(stem('approve'));
    expect(stem('stopped')).toBe('stop');
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
  });

  it('drops words without meaning and reads every negation as "not"', () => {
    expect(words("I can't find my facility's CCN")).toEqual(['not', 'find', 'facility', 'ccn']);
    expect(words('I do not want to give my SSN')).toEqual(words("don't want to give SSN"));
  });
});

describe('search over the catalogue', () => {
  // The hit rate over plain-word queries, printed for the record (every query must also pass on its own, below).
  it(`finds the right answer in the top 3 for each of ${QUERIES.length} plain-word queries`, () => {
    const ranks = QUERIES.map((q) => rankOf(search(index, q.q), q));
    const top1 = ranks.filter((r) => r === 1).length;
    const top3 = ranks.filter((r) => r >= 1 && r <= 3).length;
    console.log(`search hit rate over ${QUERIES.length} queries: top 1 ${top1}/${QUERIES.length}, top 3 ${top3}/${QUERIES.length}`);
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(QUERIES.filter((_, i) => !(ranks[i]! >= 1 && ranks[i]! <= 3)).map((q) => q.q)).toEqual([]);
  });

  it.each(QUERIES)('"$q"', (q) => {
    const results = search(index, q.q);
    const rank = rankOf(results, q);
    expect(rank, results.slice(0, 3).map((r) => `${r.stepId}/${r.problemId ?? r.contactId ?? '-'}`).join(', ')).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it('puts a problem whose words match before the step that holds it', () => {
    const [first] = search(index, 'locked out');
    expect(first).toMatchObject({ kind: 'problem', stepId: 'harp-sign-in', problemId: 'locked-out', stepTitle: 'HARP: Sign in', text: 'Locked out or forgot my User ID' });
  });

  it('finds a word still being typed, and a word with one letter wrong', () => {
    expect(search(index, 'lock')[0]?.problemId).toBe('locked-out');
    expect(search(index, 'experi')[0]?.stepId).toBe('harp-identity');
    expect(search(index, 'pasword rejected')[0]?.problemId).toBe('password-rejected');
  });

  it('finds contacts, with how to reach them', () => {
    const hit = search(index, 'QualityNet').find((e) => e.kind === 'contact');
    expect(hit).toMatchObject({ contactId: 'qualitynet-help-desk', detail: CONTACTS['qualitynet-help-desk'].detail });
  });

  it('returns nothing for words the guide does not contain, or no words at all', () => {
    expect(search(index, 'banana smoothie recipe')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'the of and')).toEqual([]);
  });

  it('returns at most the limit, and every entry names a step of the catalogue', () => {
    const results = search(index, 'pso', 8);
    expect(results.length).toBeLessThanOrEqual(8);
    expect(search(index, 'pso', 3)).toHaveLength(3);
    for (const r of results) expect(STEPS.find((s) => s.id === r.stepId)?.title).toBe(r.stepTitle);
  });

  it('indexes every problem once, under its own step', () => {
    const problems = index.docs.filter((d) => d.entry.kind === 'problem').map((d) => `${d.entry.stepId}/${d.entry.problemId}`);
    expect(problems).toEqual(STEPS.flatMap((s) => s.problems.map((p) => `${s.id}/${p.id}`)));
  });
});
