import * as z from 'zod/mini';
import { ID_PATTERN, isIsoDate } from '../formats';
import { resolveStepId } from '../steps/ids';
import { parseTrackId } from '../tracks/schema';
import { DEMO_SCOPE, VERSION_KEY, noteKey, parseProgressKey, stepKey, tickKey, trackKey } from './keys';
import { PROGRESS_VERSION } from './schema';

/** A storage change: keys to set and keys to remove (the store writes it with one call for each part it has). */
export interface Plan {
  set: Record<string, unknown>;
  remove: string[];
}

/** The stored schema version: v1 (skeleton) wrote no version key. */
export function storedVersion(raw: Readonly<Record<string, unknown>>): number {
  const v = raw[VERSION_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Moves keys whose step id was renamed (STEP_RENAMES) to the current id; an existing new key wins. */
function followRenames(raw: Readonly<Record<string, unknown>>, plan: Plan): void {
  for (const [key, value] of Object.entries(raw)) {
    const k = parseProgressKey(key);
    if (!k) continue;
    const oldStep = k.kind === 'tick' || k.kind === 'step' || k.kind === 'note' ? k.stepId : null;
    const newStep = oldStep ? resolveStepId(oldStep) : null;
    if (!oldStep || !newStep || newStep === oldStep) continue;
    const target = k.kind === 'tick' ? `ws:${k.ws}:tick:${newStep}:${k.itemId}` : `ws:${k.ws}:${k.kind}:${newStep}`;
    if (!Object.hasOwn(raw, target) && !Object.hasOwn(plan.set, target)) plan.set[target] = value;
    plan.remove.push(key);
  }
}

/**
 * The demo as v2 kept it: one value under `demo.workspace`, written whole (ticks keyed `<step>/<item>`). Frozen: it
 * reads exactly what that layout wrote (ids up to 60 characters, notes up to 2,000).
 */
const V2_DEMO_KEY = 'demo.workspace';
const v2Text = (max: number) => z.string().check(z.maxLength(max));
const V2DemoSchema = z.object({
  track: z.string(),
  ticks: z.record(v2Text(120), v2Text(2000)),
  steps: z.record(v2Text(60), v2Text(2000)),
  notes: z.record(v2Text(60), v2Text(2000)),
});

/**
 * Carries the v2 demo into the demo's own keys (one per piece, as a workspace keeps them) and removes it. What v2
 * showed as an empty demo (a value that does not parse) stays empty; an entry the keys cannot hold (an id that is
 * not an id, a date that is not a date, a blank note, an unknown track) is left out; a demo key already there wins.
 */
function demoIntoKeys(raw: Readonly<Record<string, unknown>>, plan: Plan): void {
  if (!Object.hasOwn(raw, V2_DEMO_KEY)) return;
  plan.remove.push(V2_DEMO_KEY);
  const old = V2DemoSchema.safeParse(raw[V2_DEMO_KEY]);
  if (!old.success) return;
  const carry = (key: string, value: unknown, fits: boolean) => {
    if (fits && !Object.hasOwn(raw, key) && !Object.hasOwn(plan.set, key)) plan.set[key] = value;
  };
  const isId = (id: string) => ID_PATTERN.test(id);
  const { track, ticks, steps, notes } = old.data;
  carry(trackKey(DEMO_SCOPE), { id: track }, parseTrackId(track) !== null);
  for (const [id, at] of Object.entries(ticks)) {
    const slash = id.indexOf('/');
    const [stepId, itemId] = [id.slice(0, slash), id.slice(slash + 1)];
    carry(tickKey(DEMO_SCOPE, stepId, itemId), { at }, slash > 0 && isId(stepId) && isId(itemId) && isIsoDate(at));
  }
  for (const [stepId, done] of Object.entries(steps)) carry(stepKey(DEMO_SCOPE, stepId), { done }, isId(stepId) && isIsoDate(done));
  for (const [stepId, text] of Object.entries(notes)) carry(noteKey(DEMO_SCOPE, stepId), { text }, isId(stepId) && text.trim() !== '');
}

/**
 * Pure migrations, one per version step: `MIGRATIONS[n]` takes a snapshot at version n-1 to version n.
 * They only add to the plan; storage is touched by the caller (one write of the whole plan).
 */
export const MIGRATIONS: Readonly<Record<number, (raw: Readonly<Record<string, unknown>>, plan: Plan) => void>> = {
  // v1 → v2: the tick layout is unchanged (workspace 'default'); old step ids follow the renames map.
  2: followRenames,
  // v2 → v3: the demo's one value becomes the demo's keys.
  3: demoIntoKeys,
};

/** What to write to bring a stored snapshot to the current version; null when nothing is needed. */
export function migrate(raw: Readonly<Record<string, unknown>>): Plan | null {
  const from = storedVersion(raw);
  // A newer version's data is read as far as we understand it, never rewritten down.
  if (from > PROGRESS_VERSION || (from === PROGRESS_VERSION && raw[VERSION_KEY] === from)) return null;
  const plan: Plan = { set: {}, remove: [] };
  for (let v = from + 1; v <= PROGRESS_VERSION; v++) MIGRATIONS[v]?.(raw, plan);
  plan.set[VERSION_KEY] = PROGRESS_VERSION;
  return plan;
}

/** Applies a plan to a snapshot (what storage will hold afterwards); for tests and previews. */
export function applyPlan(raw: Readonly<Record<string, unknown>>, plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const key of plan.remove) delete out[key];
  for (const [key, value] of Object.entries(plan.set)) out[key] = value;
  return out;
}
