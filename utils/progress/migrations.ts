import { resolveStepId } from '../steps/ids';
import { VERSION_KEY, parseProgressKey } from './keys';
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
 * Pure migrations, one per version step: `MIGRATIONS[n]` takes a snapshot at version n-1 to version n.
 * They only add to the plan; storage is touched by the caller (one write of the whole plan).
 */
export const MIGRATIONS: Readonly<Record<number, (raw: Readonly<Record<string, unknown>>, plan: Plan) => void>> = {
  // v1 → v2: the tick layout is unchanged (workspace 'default'); old step ids follow the renames map.
  2: followRenames,
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
