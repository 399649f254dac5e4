import { storage } from 'wxt/utils/storage';
import { resolveStepId } from '../steps/ids';
import { DEMO_KEY, DemoSchema } from '../storage/items';
import type { StepId } from '../steps/ids';
import { parseTrackId } from '../tracks/schema';
import type { TrackId } from '../tracks/schema';

/**
 * The demo workspace: ticks, "done" marks and notes made while the panel follows a practice copy. It lives under
 * its own storage key (`demo.workspace`), outside the `ws:` progress keys, so it never mixes with real
 * progress, is never exported with it, and a reset cannot touch it. One value, written whole: a demo is driven
 * from one panel at a time, so the rare lost write between two panels is acceptable here (real progress, which
 * must never lose a write, keeps one key per piece).
 */
export interface DemoData {
  track: TrackId;
  /** `${stepId}/${itemId}` → date ticked */
  ticks: Record<string, string>;
  steps: Record<string, string>;
  notes: Record<string, string>;
}

export { DEMO_KEY };
const DEMO_DEFAULT_TRACK: TrackId = 'first-pso';

export const emptyDemo = (track: TrackId = DEMO_DEFAULT_TRACK): DemoData => ({ track, ticks: {}, steps: {}, notes: {} });

/** The demo's flat tick key: `${stepId}/${itemId}`. */
export const demoTickKey = (stepId: StepId, itemId: string) => `${stepId}/${itemId}`;

/** The demo's flat ticks as the panel's workspace shape (step id → item id → date); unknown steps are left out. */
export function nestedTicks(ticks: Record<string, string>): Partial<Record<StepId, Record<string, string>>> {
  const out: Partial<Record<StepId, Record<string, string>>> = {};
  for (const [key, at] of Object.entries(ticks)) {
    const slash = key.indexOf('/');
    const stepId = slash > 0 ? resolveStepId(key.slice(0, slash)) : null;
    if (stepId) (out[stepId] ??= {})[key.slice(slash + 1)] = at;
  }
  return out;
}


/** Whatever is stored, as demo data: anything unreadable reads as an empty demo (it is only a demo). */
export function parseDemo(raw: unknown): DemoData {
  const parsed = DemoSchema.safeParse(raw);
  if (!parsed.success) return emptyDemo();
  const { track, ticks, steps, notes } = parsed.data;
  const knownSteps = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([id]) => resolveStepId(id)));
  return { track: parseTrackId(track) ?? DEMO_DEFAULT_TRACK, ticks, steps: knownSteps(steps), notes: knownSteps(notes) };
}

const demoItem = storage.defineItem<unknown>(`local:${DEMO_KEY}`, { fallback: null });

export async function loadDemo(): Promise<DemoData> {
  return parseDemo(await demoItem.getValue());
}

export async function saveDemo(data: DemoData): Promise<void> {
  await demoItem.setValue(data);
}

export function watchDemo(onChange: (data: DemoData) => void): () => void {
  return demoItem.watch((value) => onChange(parseDemo(value)));
}
