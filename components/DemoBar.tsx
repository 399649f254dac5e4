import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { Track, TrackId } from '@/utils/tracks/schema';

export interface DemoBarProps {
  tracks: readonly Track[];
  track: TrackId;
  onReset(track: TrackId): void;
}

/**
 * Shown while the panel follows a practice copy: says that ticks go to the demo workspace, and resets the demo to
 * the start of a chosen track in one click (native select and button).
 */
export function DemoBar({ tracks, track, onReset }: DemoBarProps) {
  const [chosen, setChosen] = useState<TrackId>(track);
  return (
    <section class="demo-bar" aria-labelledby="demo-heading" data-testid="demo-bar" data-demo-track={track}>
      <h3 id="demo-heading">{i18n.t('demoBar.heading')}</h3>
      <p class="muted">{i18n.t('demoBar.explain')}</p>
      <div class="demo-reset">
        <label for="demo-track">{i18n.t('demoBar.track')}</label>
        <select id="demo-track" value={chosen} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as TrackId)}>
          {tracks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <button type="button" data-testid="demo-reset" onClick={() => onReset(chosen)}>
          {i18n.t('demoBar.reset')}
        </button>
      </div>
    </section>
  );
}
