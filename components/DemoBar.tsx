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
      <h2 id="demo-heading">Demo workspace</h2>
      <p class="muted">This tab is a practice copy: ticks and notes here go to a demo workspace, kept apart from your real progress.</p>
      <div class="demo-reset">
        <label for="demo-track">Track</label>
        <select id="demo-track" value={chosen} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as TrackId)}>
          {tracks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <button type="button" data-testid="demo-reset" onClick={() => onReset(chosen)}>
          Reset demo to the start
        </button>
      </div>
    </section>
  );
}
