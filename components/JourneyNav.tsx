import type { StepEntry } from '@/utils/progress/status';
import type { StepId } from '@/utils/steps/ids';
import type { Journey } from '@/utils/tracks/journey';
import type { Track } from '@/utils/tracks/schema';
import { JourneyList } from './JourneyList';

interface JourneyNavProps {
  track: Track | null;
  /** The track's steps with their status, or every step when no track is chosen. */
  journey: Pick<Journey, 'entries' | 'nextId'>;
  /** Steps not on the track (empty when no track is chosen). */
  otherEntries: readonly StepEntry[];
  shownId: StepId | null;
  detectedId: StepId | null;
  onSelect(id: StepId): void;
}

/** The journey: the track's steps with done / current / next, then every other step (any step can be opened). */
export function JourneyNav({ track, journey, otherEntries, ...list }: JourneyNavProps) {
  if (!track) {
    return (
      <nav aria-label="Journey steps">
        <h2 class="nav-heading">All steps</h2>
        <JourneyList {...list} entries={journey.entries} />
      </nav>
    );
  }
  const shownElsewhere = !!list.shownId && otherEntries.some((e) => e.step.id === list.shownId);
  return (
    <nav aria-label="Journey steps">
      <h2 class="nav-heading">Your steps</h2>
      <JourneyList {...list} entries={journey.entries} nextId={journey.nextId} label={`Steps for: ${track.title}`} />
      {otherEntries.length > 0 && (
        <details class="other-steps" open={shownElsewhere}>
          <summary>Other steps ({otherEntries.length})</summary>
          <JourneyList {...list} entries={otherEntries} label="Steps on other tracks" />
        </details>
      )}
    </nav>
  );
}
