import { ID_PATTERN_SOURCE } from '../formats';
import type { StepId } from '../steps/ids';
import type { Milestone } from './schema';

/**
 * Storage layout (schema v2; v1 had only the tick keys). One key per independently edited piece, so two open
 * panels editing different pieces never overwrite each other (a read-modify-write of one blob would lose one).
 * All keys live in the `local` storage area.
 *   progress.version                          → 2 (absent in v1)
 *   settings.activeWorkspace                  → workspace id
 *   settings.trackChooserDismissed            → true ("Not now" on the first-run track chooser; all workspaces)
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
export const CHOOSER_DISMISSED_KEY = 'settings.trackChooserDismissed';
export const BACKUP_KEY = 'backup.beforeImport';
export const QUARANTINE_PREFIX = 'quarantine:';

/** A progress key, parsed. Step ids are as stored (an old or unknown id is the reader's to resolve). */
type ProgressKey =
  | { kind: 'meta' | 'track'; ws: string }
  | { kind: 'tick'; ws: string; stepId: string; itemId: string }
  | { kind: 'step' | 'note'; ws: string; stepId: string }
  | { kind: 'milestone'; ws: string; milestone: string };

export const workspacePrefix = (ws: string) => `ws:${ws}:`;
export const tickKey = (ws: string, stepId: StepId, itemId: string) => `ws:${ws}:tick:${stepId}:${itemId}`;
export const metaKey = (ws: string) => `ws:${ws}:meta`;
export const trackKey = (ws: string) => `ws:${ws}:track`;
export const stepKey = (ws: string, stepId: StepId) => `ws:${ws}:step:${stepId}`;
export const noteKey = (ws: string, stepId: StepId) => `ws:${ws}:note:${stepId}`;
export const milestoneKey = (ws: string, m: Milestone) => `ws:${ws}:milestone:${m}`;

const ID = ID_PATTERN_SOURCE;
const TICK_RE = new RegExp(`^ws:${ID}:tick:${ID}:${ID}$`);
const ONE_RE = new RegExp(`^ws:${ID}:(meta|track)$`);
const PART_RE = new RegExp(`^ws:${ID}:(step|note|milestone):${ID}$`);

/** Parses a storage key; null for anything that is not workspace progress. */
export function parseProgressKey(key: string): ProgressKey | null {
  let m = TICK_RE.exec(key);
  if (m) return { kind: 'tick', ws: m[1]!, stepId: m[2]!, itemId: m[3]! };
  m = ONE_RE.exec(key);
  if (m) return { kind: m[2] === 'meta' ? 'meta' : 'track', ws: m[1]! };
  m = PART_RE.exec(key);
  if (!m) return null;
  if (m[2] === 'milestone') return { kind: 'milestone', ws: m[1]!, milestone: m[3]! };
  return { kind: m[2] === 'step' ? 'step' : 'note', ws: m[1]!, stepId: m[3]! };
}
