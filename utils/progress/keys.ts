import { STEPS } from '../steps/catalogue';

/**
 * Storage layout: one key per ticked item, so two open panels ticking different items never overwrite each
 * other (a read-modify-write of one shared blob would lose one of the two ticks).
 *   local:ws:<workspaceId>:tick:<stepId>:<itemId>  →  { at: 'YYYY-MM-DD' }
 */
export const DEFAULT_WORKSPACE = 'default';

export type StorageKey = `local:${string}`;

export function tickKey(workspaceId: string, stepId: string, itemId: string): StorageKey {
  return `local:ws:${workspaceId}:tick:${stepId}:${itemId}`;
}

/** Parses a storage-area key (without the `local:` prefix) back to its tick. */
export function parseTickKey(areaKey: string): { workspaceId: string; stepId: string; itemId: string } | null {
  const m = /^ws:([a-z0-9-]+):tick:([a-z0-9-]+):([a-z0-9-]+)$/.exec(areaKey);
  return m ? { workspaceId: m[1]!, stepId: m[2]!, itemId: m[3]! } : null;
}

/** Every tick key the catalogue knows for a workspace. */
export function allTickKeys(workspaceId: string): { key: StorageKey; stepId: string; itemId: string }[] {
  return STEPS.flatMap((step) =>
    step.checklist.map((item) => ({ key: tickKey(workspaceId, step.id, item.id), stepId: step.id, itemId: item.id })),
  );
}
