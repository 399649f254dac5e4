import * as z from 'zod/mini';
import { ISO_DATE } from '../steps/schema';

/** Schema version of everything under utils/progress. Bump with a pure migration in migrations.ts. */
export const PROGRESS_VERSION = 1;

/** One ticked checklist item: only the date it was ticked (no time, no page content). */
export const TickSchema = z.object({ at: z.string().check(z.regex(ISO_DATE)) });
export type Tick = z.infer<typeof TickSchema>;

/** Ticked items of a workspace, keyed `${stepId}/${itemId}` → date ticked. */
export type Ticks = Readonly<Record<string, string>>;

export function tickId(stepId: string, itemId: string): string {
  return `${stepId}/${itemId}`;
}

/** A stored tick, parsed; anything that is not a valid tick reads as "not ticked". */
export function parseTick(raw: unknown): Tick | null {
  const parsed = TickSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
