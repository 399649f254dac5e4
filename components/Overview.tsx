import type { Step } from '@/utils/steps/schema';
import type { Track } from '@/utils/tracks/schema';

interface OverviewProps {
  track: Track | null;
  /** The step to continue with on the track (first not done, or the detected one). */
  current: Step | null;
  onContinue(): void;
}

/** Shown when no step is open: the track's intro, or the journey in a paragraph. */
export function Overview({ track, current, onContinue }: OverviewProps) {
  return (
    <section class="overview" aria-labelledby="overview-heading" data-testid="overview">
      <h2 id="overview-heading" tabIndex={-1}>
        {track ? track.title : 'Your path to iQIES'}
      </h2>
      {track ? (
        <p>{track.intro}</p>
      ) : (
        <p>
          Everyone needs a personal HARP account (with identity proofing and two-factor sign-in), then requests an iQIES
          role for their facility's CCN. CMS approves a facility's first Provider Security Official (PSO); PSOs approve
          everyone else. Progress is saved on this computer only.
        </p>
      )}
      {track && current && (
        <p>
          <button type="button" class="next-button" data-testid="continue" onClick={onContinue}>
            Continue: {current.title}
          </button>
        </p>
      )}
    </section>
  );
}
