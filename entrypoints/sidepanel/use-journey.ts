import { useMemo } from 'preact/hooks';
import type { Ticks } from '@/utils/progress/schema';
import { tickId } from '@/utils/progress/schema';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import { getTrack } from '@/utils/tracks/data';
import type { Journey } from '@/utils/tracks/journey';
import { journeyOf, nextStepId } from '@/utils/tracks/journey';
import type { Track, TrackId } from '@/utils/tracks/schema';

export interface JourneyView {
  track: Track | null;
  journey: Journey | null;
  /** The track's steps in order (all steps when no track is chosen). */
  trackSteps: Step[];
  /** Steps not on the track (empty when no track is chosen). */
  otherSteps: Step[];
  /** The step after this one on the track: null at its end, undefined when off-track or no track. */
  nextOf(id: StepId): Step | null | undefined;
  placeOf(id: StepId): { index: number; total: number } | null;
  noteOf(id: StepId): string | null;
}

/** Everything the panel derives from the chosen track, the ticks and the detected page (pure logic in utils/tracks). */
export function useJourney(trackId: TrackId | null, ticks: Ticks, detected: StepId | null): JourneyView {
  const track = (trackId && getTrack(trackId)) || null;
  const journey = useMemo(
    () => (track ? journeyOf(track, getStep, (s, i) => Boolean(ticks[tickId(s, i)]), detected) : null),
    [track, ticks, detected],
  );
  return useMemo(() => {
    const on = (id: StepId) => !!track && track.steps.includes(id);
    return {
      track,
      journey,
      trackSteps: track ? track.steps.map((id) => getStep(id)).filter((s): s is Step => !!s) : [...STEPS],
      otherSteps: track ? STEPS.filter((s) => !on(s.id)) : [],
      nextOf: (id) => {
        if (!track || !on(id)) return undefined;
        const next = nextStepId(track, id);
        return next ? (getStep(next) ?? null) : null;
      },
      placeOf: (id) => (track && on(id) ? { index: track.steps.indexOf(id), total: track.steps.length } : null),
      noteOf: (id) => track?.notes?.[id] ?? null,
    };
  }, [track, journey]);
}
