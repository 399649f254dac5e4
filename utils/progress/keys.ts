/**
 * Storage layout (schema v2; v1 had only the tick keys). One key per independently edited piece, so two open
 * panels editing different pieces never overwrite each other (a read-modify-write of one blob would lose one).
 *   progress.version                          → 2 (absent in v1)
 *   settings.activeWorkspace                  → workspace id
 *   ws:<ws>:meta                              → { name }
 *   ws:<ws>:track                             → { id }
 *   ws:<ws>:tick:<stepId>:<itemId>            → { at: 'YYYY-MM-DD' } | null (null = cleared by an import)
 *   ws:<ws>:step:<stepId>                     → { done: 'YYYY-MM-DD' } | null
 *   ws:<ws>:note:<stepId>                     → { text } | null
 *   ws:<ws>:milestone:<milestone>             → { at: 'YYYY-MM-DD' } | null
 *   quarantine:<original key>                 → { at, raw } (a bad stored value, kept for support, capped)
 *   backup.beforeImport                       → { at, file } (the state an import replaced)
 */
export const DEFAULT_WORKSPACE = 'default';
export const VERSION_KEY = 'progress.version';
export const ACTIVE_KEY = 'settings.activeWorkspace';
export const BACKUP_KEY = 'backup.beforeImport';
export const QUARANTINE_PREFIX = 'quarantine:';
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_SRC = '[a-z0-9]+(?:-[a-z0-9]+)*';

export type AreaKey =
  | { kind: 'meta' | 'track'; ws: string }
  | { kind: 'tick'; ws: string; stepId: string; itemId: string }
  | { kind: 'step' | 'note' | 'milestone'; ws: string; id: string };

export const wsPrefix = (ws: string) => `ws:${ws}:`;
export const tickArea = (ws: string, stepId: string, itemId: string) => `ws:${ws}:tick:${stepId}:${itemId}`;
export const metaArea = (ws: string) => `ws:${ws}:meta`;
export const trackArea = (ws: string) => `ws:${ws}:track`;
export const stepArea = (ws: string, stepId: string) => `ws:${ws}:step:${stepId}`;
export const noteArea = (ws: string, stepId: string) => `ws:${ws}:note:${stepId}`;
export const milestoneArea = (ws: string, m: string) => `ws:${ws}:milestone:${m}`;

const TICK_RE = new RegExp(`^ws:(${ID_SRC}):tick:(${ID_SRC}):(${ID_SRC})$`);
const ONE_RE = new RegExp(`^ws:(${ID_SRC}):(meta|track)$`);
const PART_RE = new RegExp(`^ws:(${ID_SRC}):(step|note|milestone):(${ID_SRC})$`);

/** Parses a storage-area key (without the `local:` prefix); null for anything that is not progress. */
export function parseAreaKey(areaKey: string): AreaKey | null {
  let m = TICK_RE.exec(areaKey);
  if (m) return { kind: 'tick', ws: m[1]!, stepId: m[2]!, itemId: m[3]! };
  m = ONE_RE.exec(areaKey);
  if (m) return { kind: m[2] as 'meta' | 'track', ws: m[1]! };
  m = PART_RE.exec(areaKey);
  if (m) return { kind: m[2] as 'step' | 'note' | 'milestone', ws: m[1]!, id: m[3]! };
  return null;
}
