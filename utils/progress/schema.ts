import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from '../formats';

/**
 * Schema version of everything under utils/progress. Bump with a pure migration in migrations.ts and a frozen
 * fixture in tests/fixtures/progress/.
 *   v1 (skeleton): tick keys only, workspace 'default', no version key.
 *   v2: + version key, workspaces (meta, track), step states, notes, milestones, active workspace.
 */
export const PROGRESS_VERSION = 2;

export const NAME_MAX = 60;
export const NOTE_MAX = 2000;
export const MILESTONES = ['harp-account-created', 'role-requested', 'role-approved'] as const;
export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(value: string): value is Milestone {
  return (MILESTONES as readonly string[]).includes(value);
}

/** The stored value of each kind of progress key (see keys.ts): ids and dates, plus the user's own words. */
export const TickSchema = z.object({ at: IsoDateSchema });
export const MetaSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX)) });
/** Any id-shaped value is kept as stored; only a known track id is shown (utils/tracks/schema.ts). */
export const TrackSchema = z.object({ id: IdSchema });
export const StepStateSchema = z.object({ done: IsoDateSchema });
export const NoteSchema = z.object({ text: z.string().check(z.maxLength(NOTE_MAX)) });
export const MilestoneSchema = z.object({ at: IsoDateSchema });
