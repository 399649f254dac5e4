import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import type { Journey } from '@/utils/tracks/journey';
import type { Track } from '@/utils/tracks/schema';
import { JourneyList } from './JourneyList';

export interface JourneyNavProps {
  track: Track | null;
  journey: Journey | null;
  trackSteps: readonly Step[];
  otherSteps: readonly Step[];
  shownId: StepId | null;
  detectedId: StepId | null;
  doneCount(step: Step): number;
  onSelect(id: StepId): void;
}

/** The journey: the track's steps with done / current / next, then every other step (any step can be opened). */
export function JourneyNav({ track, journey, trackSteps, otherSteps, ...list }: JourneyNavProps) {
  if (!track || !journey) {
    return (
      <nav aria-label="Journey steps">
        <h2 class="nav-heading">All steps</h2>
        <JourneyList {...list} steps={trackSteps} />
      </nav>
    );
  }
  const shownElsewhere = !!list.shownId && otherSteps.some((s) => s.id === list.shownId);
  return (
    <nav aria-label="Journey steps">
      <h2 class="nav-heading">Your steps</h2>
      <JourneyList
        {...list}
        steps={trackSteps}
        label={`Steps for: ${track.title}`}
        positionOf={(id) => journey.entries.find((e) => e.id === id)?.position ?? null}
      />
      {otherSteps.length > 0 && (
        <details class="other-steps" open={shownElsewhere}>
          <summary>Other steps ({otherSteps.length})</summary>
          <JourneyList {...list} steps={otherSteps} label="Steps on other tracks" />
        </details>
      )}
    </nav>
  );
}
