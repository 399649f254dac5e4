import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v2 from '../../fixtures/progress/v2.json';
import type { PageState } from '@/utils/panel/page-state';
import { QUARANTINE_PREFIX } from '@/utils/progress/keys';
import { readState } from '@/utils/progress/model';
import { exportProgress, loadProgress, prepareImport } from '@/utils/progress/store';
import { parseImport } from '@/utils/progress/transfer';
import type { StepId } from '@/utils/steps/ids';
import { ROUTE_MAX, routeShape } from '@/utils/steps/route-shape';
import type { TaughtPage } from '@/utils/taught/taught';
import { TAUGHT_MAX, parseTaughtKey, readTaught, resolvePage, taughtKey, taughtValue, teach, teachOptions } from '@/utils/taught/taught';

const NOW = new Date(2026, 10, 30);
const TODAY = '2026-11-30';
const page = (step: StepId | null, route = '/register/new', site: 'harp' | 'iqies' = 'harp'): PageState =>
  step ? { kind: 'known', site, step, route } : { kind: 'unknown', site, route };
const taughtPage = (step: StepId, path = '/register/new', fix = false, host = 'harp.cms.gov'): TaughtPage => ({ host, path, step, on: '2026-11-29', fix });

describe('which step a page shows: taught pages against the built-in rules', () => {
  it('a taught page applies where the rules cannot tell', () => {
    const r = resolvePage(page(null), [taughtPage('harp-profile')]);
    expect([r.step, r.by, r.page.kind]).toEqual(['harp-profile', 'you', 'known']);
  });

  it('only to its own route shape and its own host', () => {
    expect(resolvePage(page(null, '/register/other'), [taughtPage('harp-profile')]).by).toBe('');
    expect(resolvePage(page(null, '/register/new', 'iqies'), [taughtPage('harp-profile')]).by).toBe('');
    expect(resolvePage(page(null, '/register/new#/x'), [taughtPage('harp-profile')]).by).toBe('');
  });

  it('never on a page the panel does not follow, nor on a report without a route, nor with a route that is not a shape', () => {
    for (const p of [{ kind: 'off-site' }, { kind: 'loading' }, { kind: 'unknown', site: 'harp' }, page(null, '/Register/New')] as PageState[]) {
      const r = resolvePage(p, [taughtPage('harp-profile'), taughtPage('harp-profile', '/Register/New')]);
      expect([r.step, r.by, r.at]).toEqual([null, '', null]);
    }
  });

  it('does not override a step the rules see with a clear margin, unless it is a correction', () => {
    const rules = resolvePage(page('harp-account'), [taughtPage('harp-profile')]);
    expect([rules.step, rules.by, rules.taught]).toEqual(['harp-account', 'rules', null]);
    const fixed = resolvePage(page('harp-account'), [taughtPage('harp-profile', '/register/new', true)]);
    expect([fixed.step, fixed.by, fixed.rules]).toEqual(['harp-profile', 'you', 'harp-account']);
  });

  it('a taught page the rules agree with is still "you" (it is what the user said)', () => {
    expect(resolvePage(page('harp-profile'), [taughtPage('harp-profile')]).by).toBe('you');
  });
});

describe('what teaching writes', () => {
  it('teaching an unknown page: one key, the step and the date', () => {
    const r = resolvePage(page(null), []);
    expect(teach(r, 'harp-profile', [], TODAY)).toEqual({ key: 'taught:harp.cms.gov/register/new', value: { step: 'harp-profile', on: TODAY } });
  });

  it('correcting a recognised page marks the correction; choosing the rules own step removes the teaching', () => {
    const r = resolvePage(page('harp-account'), []);
    expect(teach(r, 'harp-profile', [], TODAY)).toEqual({ key: 'taught:harp.cms.gov/register/new', value: { step: 'harp-profile', on: TODAY, fix: true } });
    const taught = [taughtPage('harp-profile', '/register/new', true)];
    expect(teach(resolvePage(page('harp-account'), taught), 'harp-account', taught, TODAY)).toEqual({ key: 'taught:harp.cms.gov/register/new', value: null });
  });

  it('nothing can be taught off the CMS sites', () => {
    expect(teach(resolvePage({ kind: 'off-site' }, []), 'harp-profile', [], TODAY)).toBeNull();
    expect(teach(resolvePage({ kind: 'unknown', site: 'harp' }, []), 'harp-profile', [], TODAY)).toBeNull();
  });

  it(`is capped at ${TAUGHT_MAX} pages with a plain answer, but a taught page can still be re-taught`, () => {
    const many = Array.from({ length: TAUGHT_MAX }, (_, i) => taughtPage('harp-profile', `/p/x${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`));
    expect(teach(resolvePage(page(null), many), 'harp-profile', many, TODAY)).toEqual({ full: true });
    const again = resolvePage(page(null, many[5]!.path), many);
    expect(teach(again, 'harp-account', many, TODAY)).toEqual({ key: taughtKey('harp.cms.gov', many[5]!.path), value: { step: 'harp-account', on: TODAY } });
  });

  it('stored bytes per taught page: key and JSON value (typical and worst case)', () => {
    const bytes = (path: string, fix: boolean) => {
      const key = taughtKey('iqies.cms.gov', path);
      return new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(taughtValue({ step: 'iqies-manage-requests', on: TODAY, fix }))).length;
    };
    const typical = bytes(routeShape('/portal/facility/015432/requests', ''), false);
    // The longest shape: 12 kept segments of 39 plain letters (no digit, no hex run), in the path and the hash route.
    const long = `/${Array.from({ length: 20 }, () => 'ghijklmnopqrstuvwxyz-ghijklmnopqrstuvwx').join('/')}`;
    const worstShape = routeShape(long, `#${long}`);
    // The path whole, the hash route as many whole segments as fit ROUTE_MAX.
    expect(worstShape.length).toBeLessThanOrEqual(ROUTE_MAX);
    expect(worstShape.split(/[/#]/).filter((s) => s.length === 39)).toHaveLength(17);
    const worst = bytes(worstShape, true);
    console.info(`taught page: ${typical} B typical, ${worst} B at most`);
    expect(typical).toBeLessThan(120);
    expect(worst).toBeLessThan(1100);
  });
});

describe('practice copies are never taught', () => {
  // Every practice screen reports the same route: a page taught there would relabel every practice screen, and
  // would be real data (listed, exported) made on a demo.
  const practice = (step: StepId | null): PageState =>
    step ? { kind: 'known', site: 'harp', step, route: '/practice.html', practice: true } : { kind: 'unknown', site: 'harp', route: '/practice.html', practice: true };

  it('teaching on a practice screen writes nothing, whatever step is chosen', () => {
    for (const screen of [practice('harp-profile'), practice(null)]) {
      const r = resolvePage(screen, []);
      expect(r.at).toBeNull();
      for (const step of ['harp-account', 'harp-profile', 'iqies-welcome'] as StepId[]) expect(teach(r, step, [], TODAY)).toBeNull();
    }
  });

  it('a page taught at the practice route (by an older version) does not relabel practice screens', () => {
    const old = [taughtPage('harp-account', '/practice.html', true)];
    const r = resolvePage(practice('harp-profile'), old);
    expect([r.step, r.by, r.taught]).toEqual(['harp-profile', 'rules', null]);
    expect(resolvePage(practice(null), old).by).toBe('');
  });
});

describe('the steps "This page is…" offers', () => {
  it("the user's track first, then every other step grouped by site; each step once", () => {
    const groups = teachOptions(['prepare', 'harp-profile', 'iqies-user-role']);
    expect(groups.map((g) => g.label)).toEqual(['Your track', 'Other HARP steps', 'Other iQIES steps', 'Other steps not on a website']);
    expect(groups[0]!.steps.map((s) => s.id)).toEqual(['prepare', 'harp-profile', 'iqies-user-role']);
    const ids = groups.flatMap((g) => g.steps.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(teachOptions([]).map((g) => g.label)).toEqual(['HARP', 'iQIES', 'Not on a website']);
  });
});

describe('stored taught pages: bad values are salvaged or set aside', () => {
  it('keys that cannot be a taught page and values of the wrong shape', () => {
    const raw = {
      'taught:harp.cms.gov/register/new': { step: 'harp-profile', on: '2026-11-20' },
      'taught:iqies.cms.gov/portal#/role': { step: 'iqies-user-role', on: '2026-11-21', fix: true },
      'taught:harp.cms.gov/repair/me': { step: 'harp-account', on: '2026-11-22', extra: 'x', fix: 'yes' },
      'taught:harp.cms.gov/bare/string': 'harp-account',
      'taught:example.org/register/new': { step: 'harp-profile', on: '2026-11-20' },
      'taught:harp.cms.gov/users/123456': { step: 'harp-profile', on: '2026-11-20' },
      'taught:harp.cms.gov/Register': { step: 'harp-profile', on: '2026-11-20' },
      'taught:harp.cms.gov/no/date': { step: 'harp-profile' },
      'taught:harp.cms.gov/future/step': { step: 'a-step-from-a-newer-version', on: '2026-11-20' },
      'taught:harp.cms.gov/cleared': null,
    };
    const { pages, quarantine } = readTaught(raw);
    expect(pages.map((p) => [p.host + p.path, p.step, p.fix])).toEqual([
      ['harp.cms.gov/repair/me', 'harp-account', false],
      ['iqies.cms.gov/portal#/role', 'iqies-user-role', true],
      ['harp.cms.gov/register/new', 'harp-profile', false],
    ]);
    expect(Object.fromEntries(quarantine.map((q) => [q.key, q.repaired]))).toEqual({
      'taught:harp.cms.gov/repair/me': { step: 'harp-account', on: '2026-11-22' },
      'taught:harp.cms.gov/bare/string': null,
      'taught:example.org/register/new': null,
      'taught:harp.cms.gov/users/123456': null,
      'taught:harp.cms.gov/Register': null,
      'taught:harp.cms.gov/no/date': null,
    });
    expect(parseTaughtKey('taught:harp.cms.gov')).toBeNull();
  });

  it('the store quarantines them, says so, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ 'taught:harp.cms.gov/a': { step: 'harp-profile', on: '2026-11-20' }, 'taught:harp.cms.gov/b': [1, 2, 3] });
    const { state, notice } = await loadProgress(NOW);
    expect(state.taught.map((t) => t.path)).toEqual(['/a']);
    expect(notice).toMatch(/damaged/);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['taught:harp.cms.gov/b']).toBeUndefined();
    expect(all[`${QUARANTINE_PREFIX}taught:harp.cms.gov/b`]).toEqual({ at: TODAY, raw: '[1,2,3]' });
  });

  it(`a flood of stored taught pages: only the newest ${TAUGHT_MAX} are used`, () => {
    const raw = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`taught:harp.cms.gov/p/n${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, { step: 'harp-profile', on: i < 10 ? '2026-11-29' : '2026-01-01' }]));
    const { state } = readState(raw);
    expect(state.taught).toHaveLength(TAUGHT_MAX);
    expect(state.taught.slice(0, 10).every((t) => t.on === '2026-11-29')).toBe(true);
  });
});

describe('taught pages travel with "export all" and import', () => {
  const TAUGHT = {
    'taught:harp.cms.gov/register/new': { step: 'harp-profile', on: '2026-11-20' },
    'taught:iqies.cms.gov/portal/facility/:id/requests': { step: 'iqies-manage-requests', on: '2026-11-21', fix: true },
  };

  it('round trip: export all, clear, import: the same keys and values', async () => {
    await fakeBrowser.storage.local.set({ ...v2, ...TAUGHT });
    const all = await exportProgress('all', NOW);
    expect(all.taught).toHaveLength(2);
    expect((await exportProgress(['default'], NOW)).taught).toBeUndefined();
    fakeBrowser.reset();
    const prepared = await prepareImport(JSON.stringify(all), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    await prepared.apply();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith('taught:')))).toEqual(TAUGHT);
  });

  it('an import adds to the pages taught here; restoring the backup puts them back exactly', async () => {
    await fakeBrowser.storage.local.set({ ...v2, 'taught:harp.cms.gov/mine': { step: 'harp-account', on: '2026-11-01' } });
    const file = { format: 'iqies-access-guide/progress', schemaVersion: 2, exportedAt: TODAY, workspaces: [{ id: 'x', name: 'X', track: null, ticks: {}, steps: {}, milestones: {} }], taught: [{ host: 'harp.cms.gov', path: '/theirs', step: 'harp-profile', on: TODAY }] };
    const prepared = await prepareImport(JSON.stringify(file), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    expect(prepared.taught).toBe(1); // said in the preview
    await prepared.apply();
    const { state } = await loadProgress(NOW);
    expect(state.taught.map((t) => t.path).sort()).toEqual(['/mine', '/theirs']);
  });

  it('refuses taught pages of the wrong shape in a file, with plain messages and nothing written', () => {
    const base = { format: 'iqies-access-guide/progress', schemaVersion: 2, exportedAt: TODAY, workspaces: [{ id: 'x', name: 'X', track: null, ticks: {}, steps: {}, milestones: {} }] };
    const bad = parseImport(
      JSON.stringify({
        ...base,
        taught: [
          { host: 'evil.example', path: '/a', step: 'harp-profile', on: TODAY },
          { host: 'harp.cms.gov', path: '/users/123456?ssn=1', step: 'harp-profile', on: TODAY },
          { host: 'harp.cms.gov', path: '/a', step: 'no-such-step', on: TODAY },
          { host: 'harp.cms.gov', path: '/a', step: 'harp-profile', on: 'yesterday' },
        ],
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual(['taught.3.on: expected a date (YYYY-MM-DD)']);
    const bad2 = parseImport(JSON.stringify({ ...base, taught: [{ host: 'evil.example', path: '/a', step: 'harp-profile', on: TODAY }, { host: 'harp.cms.gov', path: '/users/123456?ssn=1', step: 'harp-profile', on: TODAY }, { host: 'harp.cms.gov', path: '/a', step: 'no-such-step', on: TODAY }] }));
    expect(bad2.ok ? [] : bad2.errors).toEqual([
      'taught.0.host: not harp.cms.gov or iqies.cms.gov',
      'taught.1.path: not a page route as the guide stores it',
      'taught.2.step: unknown step id',
    ]);
    const flood = parseImport(JSON.stringify({ ...base, taught: Array.from({ length: TAUGHT_MAX + 1 }, () => ({ host: 'harp.cms.gov', path: '/a', step: 'harp-profile', on: TODAY })) }));
    expect(flood.ok ? [] : flood.errors).toEqual([`taught: more than ${TAUGHT_MAX} taught pages`]);
  });

  it('a file from before taught pages imports as before', () => {
    const base = { format: 'iqies-access-guide/progress', schemaVersion: 2, exportedAt: TODAY, workspaces: [{ id: 'x', name: 'X', track: null, ticks: {}, steps: {}, milestones: {} }] };
    const parsed = parseImport(JSON.stringify(base));
    expect(parsed.ok && parsed.taught).toEqual([]);
  });
});
