import { JourneyNav } from '@/components/JourneyNav';
import { TrackProgress } from '@/components/TrackProgress';
import type { StepId } from '@/utils/steps/ids';
import type { useJourney } from '../use-journey';

interface JourneySectionProps {
  view: ReturnType<typeof useJourney>;
  shownId: StepId | null;
  detected: StepId | null;
  onSelect(id: StepId): void;
}

/** The whole journey, after the step: how far along the track you are, and every step to open. */
export function JourneySection({ view, shownId, detected, onSelect }: JourneySectionProps) {
  const { track, journey } = view;
  return (
    <div class="journey-section">
      {track && <TrackProgress track={track} stepsDone={journey.stepsDone ?? 0} percent={journey.percent ?? 0} />}
      <JourneyNav track={track} journey={journey} otherEntries={view.otherEntries} shownId={shownId} detectedId={detected} onSelect={onSelect} />
    </div>
  );
}
