import { browser } from 'wxt/browser';
import { planPolicyWorkspaces, readPolicy } from './policy';
import type { ReadPolicy } from './policy';
import { writePlan } from './progress/raw-store';

/**
 * Managed storage: read-only, set by the organisation's IT (see docs/it-administrators.md). Where no policy is
 * installed, Chrome returns {} and Firefox rejects ("Managed storage manifest not found"): both read as no policy.
 */
export async function loadPolicy(): Promise<ReadPolicy> {
  try {
    return readPolicy(await browser.storage.managed.get(null));
  } catch {
    return readPolicy({});
  }
}

/** Calls back (with the whole policy read again) whenever the organisation's policy changes. */
export function watchPolicy(onChange: (policy: ReadPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Creates the facility workspaces the policy names that do not exist yet (one storage call, or none). */
export async function applyPolicyWorkspaces(): Promise<number> {
  const { policy } = await loadPolicy();
  if (!policy.workspaces?.length) return 0;
  const { set } = planPolicyWorkspaces(policy.workspaces, await browser.storage.local.get(null));
  const count = Object.keys(set).length;
  if (count) await writePlan({ set, remove: [] });
  return count;
}
