import type { Journey } from '@/utils/tracks/journey';
import type { Track } from '@/utils/tracks/schema';

export interface TrackProgressProps {
  track: Track;
  journey: Journey;
  onChange(): void;
}

/** The chosen track and how far along it you are. */
export function TrackProgress({ track, journey, onChange }: TrackProgressProps) {
  return (
    <section class="track-bar" aria-label="Your track" data-testid="track-progress" data-track={track.id}>
      <p class="track-name">
        <span class="muted">Your track: </span>
        <strong>{track.title}</strong>{' '}
        <button type="button" class="link-button" onClick={onChange} data-testid="change-track">
          Change
        </button>
      </p>
      <label class="progress-label" for="track-progress-bar">
        {journey.stepsDone} of {track.steps.length} steps done · {journey.percent}% of checklist items
      </label>
      <progress id="track-progress-bar" max={100} value={journey.percent} data-percent={journey.percent} />
    </section>
  );
}
