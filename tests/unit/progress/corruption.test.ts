import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StepId } from '@/utils/steps/ids';
import { ACTIVE_KEY, QUARANTINE_PREFIX, VERSION_KEY } from '@/utils/progress/keys';
import { KNOWN, QUARANTINE_RAW_MAX, readState } from '@/utils/progress/model';
import { isIsoDate } from '@/utils/formats';
import { NAME_MAX, NOTE_MAX, PROGRESS_VERSION } from '@/utils/progress/schema';
import { loadProgress } from '@/utils/progress/store';

/** Small seeded PRNG so every generated case is reproducible from its number. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const PAIRS = [...KNOWN].flatMap(([step, items]) => [...items].map((item) => [step, item] as const));
const WS = ['default', 'sunny-acres-k3z9', 'oak-park-2b7q'];
const huge = (n: number) => 'x'.repeat(n);
const viaJson = (text: string): unknown => JSON.parse(text);

/** Bad values for a key of each kind; some are repairable (a bare date, a bare name), most are not. */
const BAD_VALUES: readonly (() => unknown)[] = [
  () => 42,
  () => 'garbage',
  () => true,
  () => [],
  () => [{ at: '2026-11-20' }],
  () => ({}),
  () => ({ at: 12 }),
  () => ({ at: '2026-02-30' }),
  () => ({ at: '2026-11-20T10:00:00Z' }),
  () => ({ at: huge(50_000) }),
  () => ({ text: huge(100_000) }),
  () => ({ name: huge(10_000) }),
  () => ({ name: '' }),
  () => ({ done: null }),
  () => ({ id: 'Not An Id!' }),
  () => viaJson('{"__proto__": {"at": "2026-11-20"}, "constructor": {"prototype": {"polluted": 1}}}'),
  () => '2026-11-19',
  () => huge(200_000),
];

function corruptedCase(seed: number) {
  const r = rng(seed);
  const raw: Record<string, unknown> = {};
  const valid = new Map<string, readonly [ws: string, step: StepId, item: string, at: string]>(); // by storage key
  const version = r.pick([undefined, 1, 2, 2, 2]);
  if (version !== undefined) raw[VERSION_KEY] = version;
  const workspaces = WS.slice(0, 1 + r.int(3));
  for (const ws of workspaces) {
    for (let i = 0; i < 2 + r.int(8); i++) {
      const [step, item] = r.pick(PAIRS);
      const at = `2026-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
      raw[`ws:${ws}:tick:${step}:${item}`] = { at };
      valid.set(`ws:${ws}:tick:${step}:${item}`, [ws, step, item, at]);
    }
  }
  const free = (key: string) => !Object.hasOwn(raw, key);
  for (let i = 0; i < 3 + r.int(8); i++) {
    const ws = r.pick(workspaces);
    const [step, item] = r.pick(PAIRS);
    const kind = r.int(12);
    const bad = r.pick(BAD_VALUES)();
    let key: string;
    if (kind < 4) key = `ws:${ws}:tick:${step}:${item}`;
    else if (kind === 4) key = `ws:${ws}:meta`;
    else if (kind === 5) key = `ws:${ws}:note:${step}`;
    else if (kind === 6) key = `ws:${ws}:step:${step}`;
    else if (kind === 7) key = `ws:${ws}:milestone:${r.pick(['harp-account-created', 'role-requested', 'no-such-milestone'])}`;
    else if (kind === 8) key = r.pick([VERSION_KEY, ACTIVE_KEY]);
    else if (kind === 9) key = r.pick([`ws:${ws}:tick:no-such-step:${item}`, `ws:${ws}:tick:${step}:no-such-item`, 'ws:__proto__:tick:a:b', 'constructor', 'ws:default:tick:constructor:prototype']);
    else if (kind === 10) key = `ws:${ws}:track`;
    else {
      raw[`ws:${ws}:tick:${step}:${item}`] ??= null; // a tombstone (or keep the valid tick already there)
      continue;
    }
    if (key === VERSION_KEY && r.int(3) === 0) raw[VERSION_KEY] = PROGRESS_VERSION + 1 + r.int(5); // future
    else if (free(key)) raw[key] = bad;
  }
  // An own `__proto__` key (as JSON.parse makes), not a prototype change.
  if (r.int(4) === 0) Object.defineProperty(raw, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  return { raw, valid };
}

const CASES = Array.from({ length: 60 }, (_, i) => i + 1);

describe('corrupted storage always loads into a valid state', () => {
  it.each(CASES)('generated case %i: loads, keeps every valid tick, quarantines the rest once', async (seed) => {
    const { raw, valid } = corruptedCase(seed);
    await fakeBrowser.storage.local.set(raw);
    const { state, notice } = await loadProgress();

    for (const [key, [ws, step, item, at]] of valid) {
      expect(state.workspaces.find((w) => w.id === ws)?.ticks[step]?.[item], `tick ${key}`).toBe(at);
    }
    expect(state.workspaces.map((w) => w.id)).toContain(state.active);
    for (const w of state.workspaces) {
      expect(w.name.length).toBeGreaterThan(0);
      expect(w.name.length).toBeLessThanOrEqual(NAME_MAX);
      for (const [step, items] of Object.entries(w.ticks)) {
        for (const [item, at] of Object.entries(items ?? {})) {
          expect(KNOWN.get(step as StepId)?.has(item), `${step} ${item}`).toBe(true);
          expect(isIsoDate(at), `${step} ${item} ${at}`).toBe(true);
        }
      }
      for (const text of Object.values(w.notes)) expect(text.length).toBeLessThanOrEqual(NOTE_MAX);
      for (const at of [...Object.values(w.steps), ...Object.values(w.milestones)]) expect(isIsoDate(at)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const stored = await fakeBrowser.storage.local.get(null);
    const quarantined = Object.keys(stored).filter((k) => k.startsWith(QUARANTINE_PREFIX));
    for (const k of quarantined) expect(String((stored[k] as { raw: string }).raw).length).toBeLessThanOrEqual(QUARANTINE_RAW_MAX + 10);
    if (!state.newer) {
      expect(Boolean(notice)).toBe(quarantined.length > 0);
      // Told once: the next load finds nothing left to repair, and the same state.
      expect(readState(stored).quarantine).toEqual([]);
      const again = await loadProgress();
      expect(again.notice).toBeNull();
      expect(again.state).toEqual(state);
    }
  });

  it('the generator really corrupts: most cases need repairs', () => {
    const counts = CASES.map((seed) => readState(corruptedCase(seed).raw).quarantine.length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(50);
    expect(CASES.filter((seed) => Object.hasOwn(corruptedCase(seed).raw, '__proto__')).length).toBeGreaterThan(5);
  });

  it('a stored tick that is only a date string is repaired, and the original kept aside', async () => {
    await fakeBrowser.storage.local.set({ 'ws:default:tick:harp-profile:legal-name': '2026-11-19' });
    const { state, notice } = await loadProgress(new Date(2026, 10, 25));
    expect(state.workspaces[0]!.ticks).toEqual({ 'harp-profile': { 'legal-name': '2026-11-19' } });
    expect(notice).toMatch(/damaged/);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['ws:default:tick:harp-profile:legal-name']).toEqual({ at: '2026-11-19' });
    expect(stored['quarantine:ws:default:tick:harp-profile:legal-name']).toEqual({ at: '2026-11-25', raw: '"2026-11-19"' });
  });

  it('every stored key corrupted at once: loads an empty, valid state', async () => {
    await fakeBrowser.storage.local.set({
      [VERSION_KEY]: 'two',
      [ACTIVE_KEY]: { id: 'x' },
      'ws:default:tick:harp-profile:legal-name': 7,
      'ws:default:meta': [],
      'ws:default:note:prepare': { text: 5 },
    });
    const { state, notice } = await loadProgress();
    expect(state.active).toBe('default');
    expect(state.workspaces).toHaveLength(1);
    expect(state.workspaces[0]!.ticks).toEqual({});
    expect(notice).toMatch(/set aside/);
  });
});
