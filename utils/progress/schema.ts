import { LIMITS } from '../storage/items';

/**
 * Schema version of everything under utils/progress. Bump with a pure migration in migrations.ts and a frozen
 * fixture in tests/fixtures/progress/.
 *   v1 (skeleton): tick keys only, workspace 'default', no version key.
 *   v2: + version key, workspaces (meta, track), step states, notes, milestones, active workspace.
 *   v3: the demo kept as workspaces are, one key per piece under `demo:` (was one `demo.workspace` value).
 * The value schemas and limits of each stored item are declared in utils/storage/items.ts.
 */
export const PROGRESS_VERSION = 3;

export const NAME_MAX = LIMITS.nameChars;
export const NOTE_MAX = LIMITS.noteChars;
export const MILESTONES = ['harp-account-created', 'role-requested', 'role-approved'] as const;
export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(value: string): value is Milestone {
  return (MILESTONES as readonly string[]).includes(value);
}

export { MetaSchema, MilestoneSchema, NoteSchema, StepStateSchema, TickSchema, TrackSchema } from '../storage/items';
