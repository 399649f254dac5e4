import { i18n } from '#i18n';
import type { Track, TrackId } from '@/utils/tracks/schema';

interface TrackChooserProps {
  tracks: readonly Track[];
  current: TrackId | null;
  onChoose(id: TrackId): void;
  /** Close without choosing: all steps stay listed. */
  onDismiss(): void;
}

/** "What are you doing?": sets the track. Native buttons, so it works from the keyboard. */
export function TrackChooser({ tracks, current, onChoose, onDismiss }: TrackChooserProps) {
  return (
    <section class="chooser" aria-labelledby="chooser-heading" data-testid="track-chooser">
      <h2 id="chooser-heading">{i18n.t('trackChooser.heading')}</h2>
      <p class="muted">{i18n.t('trackChooser.intro')}</p>
      <ul class="chooser-list">
        {tracks.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              class="chooser-option"
              data-track={t.id}
              aria-pressed={t.id === current}
              onClick={() => onChoose(t.id)}
            >
              <span class="chooser-title">{t.title}</span>
              <span class="chooser-who">{t.who}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="link-button" onClick={onDismiss}>
        {current ? i18n.t('trackChooser.keep') : i18n.t('trackChooser.notNow')}
      </button>
    </section>
  );
}
