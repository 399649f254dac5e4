import { i18n } from '#i18n';
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
        {track ? track.title : i18n.t('overview.title')}
      </h2>
      {track ? (
        <p>{track.intro}</p>
      ) : (
        <p>{i18n.t('overview.intro')}</p>
      )}
      {track && current && (
        <p>
          <button type="button" class="next-button" data-testid="continue" onClick={onContinue}>
            {i18n.t('overview.continue', { title: current.title })}
          </button>
        </p>
      )}
    </section>
  );
}
