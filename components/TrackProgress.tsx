import { i18n } from '#i18n';
import type { Track } from '@/utils/tracks/schema';

interface TrackProgressProps {
  track: Track;
  /** Steps done by the one rule (utils/progress/status.ts) and the share of checklist items that counts. */
  stepsDone: number;
  percent: number;
  /** Offers changing the track here (the panel's header chip does it instead). */
  onChange?: () => void;
}

/** The chosen track and how far along it you are. */
export function TrackProgress({ track, stepsDone, percent, onChange }: TrackProgressProps) {
  return (
    <section class="track-bar" aria-label={i18n.t('trackProgress.label')} data-testid="track-progress" data-track={track.id}>
      <p class="track-name">
        <span class="muted">{i18n.t('trackProgress.lead')}</span>
        <strong>{track.title}</strong>{' '}
        {onChange && (
          <button type="button" class="link-button" onClick={onChange} data-testid="change-track">
            {i18n.t('trackProgress.change')}
          </button>
        )}
      </p>
      <label class="progress-label" for="track-progress-bar">
        {i18n.t('trackProgress.progress', { done: stepsDone, total: track.steps.length, percent })}
      </label>
      <progress id="track-progress-bar" max={100} value={percent} data-percent={percent} />
    </section>
  );
}
