import * as z from 'zod/mini';
import { ISO_DATE } from '../steps/schema';

/**
 * Schema version of everything under utils/progress. Bump with a pure migration in migrations.ts and a frozen
 * fixture in tests/fixtures/progress/.
 *   v1 (skeleton): tick keys only, workspace 'default', no version key.
 *   v2: + version key, workspaces (meta, track), step states, notes, milestones, active workspace.
 */
export const PROGRESS_VERSION = 2;

/** A real calendar date, YYYY-MM-DD (no time, nothing else). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
const date = () => z.string().check(z.refine(isIsoDate, 'expected a date (YYYY-MM-DD)'));

export const NAME_MAX = 60;
export const NOTE_MAX = 2000;
export const MILESTONES = ['harp-account-created', 'role-requested', 'role-approved'] as const;
export type Milestone = (typeof MILESTONES)[number];
export const MILESTONE_LABELS: Record<Milestone, string> = {
  'harp-account-created': 'HARP account created',
  'role-requested': 'iQIES role requested',
  'role-approved': 'iQIES role approved',
};

/** One ticked checklist item: only the date it was ticked (no time, no page content). */
export const TickSchema = z.object({ at: date() });
export type Tick = z.infer<typeof TickSchema>;
export const MetaSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX)) });
export const TrackSchema = z.object({ id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(60)) });
export const StepStateSchema = z.object({ done: date() });
export const NoteSchema = z.object({ text: z.string().check(z.maxLength(NOTE_MAX)) });
export const MilestoneSchema = z.object({ at: date() });

/** Ticked items of a workspace, keyed `${stepId}/${itemId}` → date ticked. */
export type Ticks = Readonly<Record<string, string>>;

export function tickId(stepId: string, itemId: string): string {
  return `${stepId}/${itemId}`;
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
