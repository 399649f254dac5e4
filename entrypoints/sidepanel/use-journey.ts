import { useMemo } from 'preact/hooks';
import { entryOf, stepStatuses } from '@/utils/progress/status';
import type { StepEntry, StepProgress, StepStatus } from '@/utils/progress/status';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import { getTrack } from '@/utils/tracks/data';
import type { Journey } from '@/utils/tracks/journey';
import { journeyOf, nextStepId } from '@/utils/tracks/journey';
import type { Track, TrackId } from '@/utils/tracks/schema';

interface JourneyView {
  track: Track | null;
  /** The track's steps with their status (every step when no track is chosen). */
  journey: Pick<Journey, 'entries' | 'currentId' | 'nextId'> & Partial<Pick<Journey, 'stepsDone' | 'percent'>>;
  /** Steps not on the track (empty when no track is chosen): done or todo, never current. */
  otherEntries: StepEntry[];
  statusOf(id: StepId): StepStatus;
  /** The step after this one on the track: null at its end, undefined when off-track or no track. */
  nextOf(id: StepId): Step | null | undefined;
  placeOf(id: StepId): { index: number; total: number } | null;
  noteOf(id: StepId): string | null;
}

/** Everything the panel derives from the chosen track, the progress and the detected page (pure logic in utils/). */
export function useJourney(trackId: TrackId | null, progress: StepProgress, detected: StepId | null): JourneyView {
  const track = (trackId && getTrack(trackId)) || null;
  return useMemo(() => {
    const journey = track ? journeyOf(track, getStep, progress, detected) : { ...stepStatuses(STEPS, progress, detected), nextId: null };
    const on = (id: StepId) => !!track && track.steps.includes(id);
    const otherEntries = track ? STEPS.filter((s) => !on(s.id)).map((s) => entryOf(s, progress, null)) : [];
    const statuses = new Map([...journey.entries, ...otherEntries].map((e) => [e.step.id, e.status]));
    return {
      track,
      journey,
      otherEntries,
      statusOf: (id) => statuses.get(id) ?? 'todo',
      nextOf: (id) => {
        if (!track || !on(id)) return undefined;
        const next = nextStepId(track, id);
        return next ? (getStep(next) ?? null) : null;
      },
      placeOf: (id) => (track && on(id) ? { index: track.steps.indexOf(id), total: track.steps.length } : null),
      noteOf: (id) => track?.notes?.[id] ?? null,
    };
  }, [track, progress, detected]);
}
