import { browser } from 'wxt/browser';
import { QuotaError } from './errors';
import { applyPlan, migrate } from './migrations';
import type { Plan } from './migrations';

/**
 * The two storage operations both the panel's store and the background need: writing a plan, and reading
 * everything brought to the current layout (one read, plus one migration write only when the layout is old). Kept apart from store.ts so the background does not load the step
 * catalogue to run a migration.
 */

/**
 * One storage call for the keys a plan sets and one for the keys it removes (so one or two calls). Each call
 * lands whole or not at all; a plan that only sets (every import does) is all or nothing.
 */
export async function writePlan(plan: Plan): Promise<void> {
  try {
    if (Object.keys(plan.set).length) await browser.storage.local.set(plan.set);
    if (plan.remove.length) await browser.storage.local.remove(plan.remove);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/quota/i.test(message)) throw new QuotaError(message);
    throw err;
  }
}

/**
 * Reads all of local storage and, when it was written by an older version, migrates it (pure migrations,
 * migrations.ts) and writes the result. Called on `runtime.onInstalled` (so an update migrates before any panel
 * opens) and by every progress load. Repairs of damaged values are not done here: they wait for a panel, which
 * can tell the user.
 */
export async function readMigrated(): Promise<Record<string, unknown>> {
  const raw: Record<string, unknown> = await browser.storage.local.get(null);
  const plan = migrate(raw);
  if (!plan) return raw;
  await writePlan(plan);
  return applyPlan(raw, plan);
}
