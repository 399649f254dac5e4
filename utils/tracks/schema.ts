import * as z from 'zod/mini';
import { StepIdSchema } from '../steps/schema';

/** Track ids are stored (the chosen track) and used in tests: stable like step ids. */
export const TRACK_IDS = ['first-pso', 'additional-pso', 'staff', 'vendor', 'pso-duties', 'restore-access'] as const;
export const TrackIdSchema = z.enum(TRACK_IDS);
export type TrackId = z.infer<typeof TrackIdSchema>;

export const TrackSchema = z.object({
  id: TrackIdSchema,
  /** Short name, as on the chooser button. */
  title: z.string().check(z.minLength(3)),
  /** Who this track is for, one line. */
  who: z.string().check(z.minLength(10)),
  /** A few sentences shown at the top of the journey. */
  intro: z.string().check(z.minLength(20)),
  /** Ordered step ids. */
  steps: z.array(StepIdSchema).check(z.minLength(1)),
  /** Extra advice for one step on this track only (e.g. which role a first PSO picks). */
  notes: z.optional(z.partialRecord(StepIdSchema, z.string().check(z.minLength(10)))),
});
export type Track = z.infer<typeof TrackSchema>;

export function parseTrackId(raw: unknown): TrackId | null {
  const parsed = TrackIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
